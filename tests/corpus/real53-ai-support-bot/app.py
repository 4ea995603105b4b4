import os

import google.generativeai as genai
from dotenv import load_dotenv
from flask import Flask, jsonify, render_template, request

load_dotenv()
GOOGLE_API_KEY = os.getenv("GEMINI_API_KEY")
if not GOOGLE_API_KEY:
    raise ValueError("GOOGLE_API_KEY is not set in the environment variables.")

genai.configure(api_key=GOOGLE_API_KEY)
MODEL_NAME = "gemini-2.0-flash"

app = Flask(__name__)


def generate_gemini_response(user_message):
    try:
        model = genai.GenerativeModel(MODEL_NAME)
        response = model.generate_content(user_message)
        return response.text.strip() if response and response.text else "Sorry, I couldn't generate a response."
    except Exception as e:
        return f"Error generating response: {e}"


@app.route("/")
def home():
    return render_template("chatbot.html")


@app.route("/ask", methods=["POST"])
def ask():
    data = request.get_json() or {}
    user_message = data.get("message", "").strip()
    if not user_message:
        return jsonify({"reply": "Please enter a valid message."})
    return jsonify({"reply": generate_gemini_response(user_message)})


if __name__ == '__main__':
    app.run(debug=True)
