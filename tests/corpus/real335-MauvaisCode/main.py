from flask import Flask, request, jsonify
from openai import OpenAI

from flask import Flask

client = OpenAI(api_key="<REDACTED_OPENAI_API_KEY>")
app = Flask(__name__,
            static_url_path='', 
            static_folder='public',)

@app.route("/")
def hello_world():
    return "<p>Hello, World!</p>"

@app.route("/chat", methods=['POST'])
def chat():
  response = client.chat.completions.create(
    model="gpt-3.5-turbo-1106",
    messages=request.get_json()
  )
  return response.choices[0].message.content

app.run(debug=True)
