from flask import Flask, request, jsonify, render_template
import os
import logging
from openai import OpenAI
from dotenv import load_dotenv

load_dotenv()

logging.basicConfig(
    level=logging.DEBUG,
    handlers=[logging.FileHandler("app.log"), logging.StreamHandler()]
)
logger = logging.getLogger(__name__)

app = Flask(__name__)

api_key = os.getenv("OPENAI_API_KEY")
if not api_key:
    raise ValueError("OPENAI_API_KEY environment variable is not set")

client = OpenAI(api_key=api_key)


@app.route('/')
def index():
    return render_template("index.html")


@app.route('/extract', methods=['POST'])
def extract_text():
    data = request.json or {}
    image_data = data.get('image')
    if not image_data:
        return jsonify({"status": "error", "message": "No image data provided"})
    if image_data.startswith('data:image'):
        image_data = image_data.split(',')[1]

    # step 1: OCR the card image
    response = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "system", "content": "Extract every visible piece of text from the image."},
            {"role": "user", "content": [
                {"type": "text", "text": "Extract all text from this image:"},
                {"type": "image_url", "image_url": {"url": f"data:image/jpeg;base64,{image_data}"}}
            ]}
        ],
        max_tokens=500
    )
    extracted_text = response.choices[0].message.content

    # step 2: turn the raw text into license fields
    license_response = client.chat.completions.create(
        model="gpt-4o",
        messages=[
            {"role": "system", "content": "Return driver's license fields (LIC#, Name, DOB, Issue Date, Expiration Date, Address) as 'key: value' lines. Do not guess."},
            {"role": "user", "content": f"Extract driver's license information from this text:\n\n{extracted_text}"}
        ],
        max_tokens=500
    )
    license_info = license_response.choices[0].message.content

    fields = {}
    for line in license_info.split('\n'):
        if ':' in line:
            key, value = line.split(':', 1)
            fields[key.strip()] = value.strip()

    return jsonify({"status": "success", "data": fields or {"Raw Extracted Text": extracted_text}})


if __name__ == '__main__':
    app.run(debug=True)
