import base64
from io import BytesIO

import torch
from diffusers import StableDiffusionPipeline
from flask import Flask, jsonify, render_template, request

app = Flask(__name__)

# Load the pre-trained model (make sure to have the correct model and pipeline)
try:
    model = StableDiffusionPipeline.from_pretrained("runwayml/stable-diffusion-v1-5")
    model.to("cuda" if torch.cuda.is_available() else "cpu")  # GPU if available
except Exception as e:
    print(f"Error loading model: {e}")


@app.route('/')
def index():
    return render_template('index.html')


@app.route('/generate_image', methods=['POST'])
def generate_image():
    prompt = request.json.get('prompt')
    try:
        image = model(prompt).images[0]
        buffered = BytesIO()
        image.save(buffered, format="PNG")
        return jsonify({'image_data': base64.b64encode(buffered.getvalue()).decode()})
    except Exception as e:
        return jsonify({'error': str(e)}), 500


if __name__ == '__main__':
    app.run(debug=True)
