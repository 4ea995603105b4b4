from transformers import pipeline
import logging
import json
from flask import Flask, request, jsonify

app = Flask(__name__)
app.logger.setLevel(logging.INFO)


@app.route('/')
def show_complaints_page():
    app.logger.info('Summarizer application root called')
    htmlPageHeader = "<!DOCTYPE html><html><body>"
    htmlPageContent = "<h1>Welcome to our complaints summarizer</h1>"
    htmlPageContent += "<p>"
    htmlPageContent += "You can use this summarization model by calling:" + "</p>"
    htmlPageContent += "<code>https://{URL}}:443/summarize/'ARTICLE TO SUMMARIZE'<code>"
    htmlPageFooter = "</body></html>"

    return htmlPageHeader + htmlPageContent + htmlPageFooter, 200


@app.route('/summarize/', methods=['GET'])
@app.route('/summarize/<article>', methods=['GET'])
def get_summarization(article=""):
    app.logger.info('Summarizing an article')
    # summarizer = pipeline("summarization", model="fb-bart-large-cnn")     # use this for local runtime
    summarizer = pipeline("summarization", model="/opt/bart-large-cnn")     # use this for k8s
