import base64
import io
import time

import timm
import torch
import torchvision.transforms as transforms
from flask import Flask, jsonify, request
from PIL import Image

app = Flask(__name__)

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")

# Replace this with the path to your trained model
model_path = 'dataset_ebs/model_20240104_152542.pth'  # 'path/to/your/model.pth'

# Replace this with the list of class names
class_names = ['goods', 'rejects']  #  ['class1', 'class2', 'class3']

mypretrainedname = 'vit_tiny_patch16_224' #Put one of the model name listed in previous cell

# Load pre-trained ViT model with specified dropout rate
model = timm.create_model(mypretrainedname, pretrained=True, num_classes=2, drop_rate=0.0)
model = model.to(device)

state_dict = torch.load(model_path, map_location='cpu')
model.load_state_dict(state_dict)


@app.route('/predict', methods=['POST'])
def predict():
    if 'image' not in request.json:
        return jsonify({'error': 'No image data provided'}), 400
    image_data = base64.b64decode(request.json['image'])
    image = Image.open(io.BytesIO(image_data)).convert('RGB')
    transform = transforms.Compose([
        transforms.Resize((224, 224)),
        transforms.ToTensor(),
        transforms.Normalize(mean=[0.485, 0.456, 0.406], std=[0.229, 0.224, 0.225]),
    ])
    image = transform(image).unsqueeze(0).to(device)
    start_time = time.time()
    with torch.no_grad():
        model.eval()
        probabilities = torch.nn.functional.softmax(model(image), dim=1)
        top_prob, top_catid = torch.max(probabilities, 1)
    inference_time = (time.time() - start_time) * 1000
    return jsonify({'class': class_names[top_catid[0]], 'confidence': top_prob[0].item(), 'time': inference_time})


if __name__ == '__main__':
    app.run(debug=True)
