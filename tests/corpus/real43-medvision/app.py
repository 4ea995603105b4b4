import base64
import io
import os

import torch
import torch.nn as nn
import torchvision.transforms as transforms
from dotenv import load_dotenv
from flask import Flask, flash, redirect, render_template, request, url_for
from PIL import Image
from transformers import (
    AutoModelForCausalLM,
    AutoTokenizer,
    SwinModel,
    T5ForConditionalGeneration,
    T5Tokenizer,
)
from transformers.modeling_outputs import BaseModelOutput

load_dotenv()

# --- Configuration ---
MODEL_PATH = '/cluster/home/ammaa/Downloads/Projects/CheXpert-Report-Generation/swin-t5-model.pth'  # trained weights
SWIN_MODEL_NAME = "microsoft/swin-base-patch4-window7-224"
T5_MODEL_NAME = "t5-base"
LLAMA_MODEL_NAME = "meta-llama/Meta-Llama-3.1-8B-Instruct" # Llama model
HF_TOKEN = os.getenv("HUGGING_FACE_HUB_TOKEN")

DEVICE = torch.device("cuda" if torch.cuda.is_available() else "cpu")
UPLOAD_FOLDER = 'uploads'
ALLOWED_EXTENSIONS = {'png', 'jpg', 'jpeg'}


class ImageCaptioningModel(nn.Module):
    def __init__(self, swin_model_name=SWIN_MODEL_NAME, t5_model_name=T5_MODEL_NAME):
        super().__init__()
        self.swin = SwinModel.from_pretrained(swin_model_name)
        self.t5 = T5ForConditionalGeneration.from_pretrained(t5_model_name)
        self.img_proj = nn.Linear(self.swin.config.hidden_size, self.t5.config.d_model)

    def forward(self, images, labels=None):
        feats = self.img_proj(self.swin(images).last_hidden_state)
        return self.t5(encoder_outputs=BaseModelOutput(last_hidden_state=feats), labels=labels)


swin_t5_model = swin_t5_tokenizer = transform = None
llama_model = llama_tokenizer = None


def load_swin_t5_model_components():
    global swin_t5_model, swin_t5_tokenizer, transform
    swin_t5_model = ImageCaptioningModel(swin_model_name=SWIN_MODEL_NAME, t5_model_name=T5_MODEL_NAME)
    if not os.path.exists(MODEL_PATH):
        raise FileNotFoundError(f"Swin-T5 Model file not found at {MODEL_PATH}.")
    swin_t5_model.load_state_dict(torch.load(MODEL_PATH, map_location=DEVICE))
    swin_t5_model.to(DEVICE).eval()
    swin_t5_tokenizer = T5Tokenizer.from_pretrained(T5_MODEL_NAME)
    transform = transforms.Compose([
        transforms.Resize((224, 224)),
        transforms.ToTensor(),
        transforms.Normalize(mean=[0.485, 0.456, 0.406], std=[0.229, 0.224, 0.225]),
    ])


def load_llama_model_components():
    global llama_model, llama_tokenizer
    if not HF_TOKEN:
        print("Skipping Llama model load: Hugging Face token not found.")
        return
    torch_dtype = torch.bfloat16 if torch.cuda.is_available() and torch.cuda.is_bf16_supported() else torch.float16
    llama_tokenizer = AutoTokenizer.from_pretrained(LLAMA_MODEL_NAME, token=HF_TOKEN)
    llama_model = AutoModelForCausalLM.from_pretrained(
        LLAMA_MODEL_NAME,
        torch_dtype=torch_dtype,
        device_map="auto",
        token=HF_TOKEN
    )
    llama_model.eval()


def generate_report(image_bytes, selected_vlm, max_length=100):
    if selected_vlm != "swin_t5_chexpert":
        return "Error: Selected VLM is not supported."
    image = Image.open(io.BytesIO(image_bytes)).convert("RGB")
    input_image = transform(image).unsqueeze(0).to(DEVICE)
    with torch.no_grad():
        feats = swin_t5_model.img_proj(swin_t5_model.swin(input_image).last_hidden_state)
        ids = swin_t5_model.t5.generate(encoder_outputs=BaseModelOutput(last_hidden_state=feats),
                                        max_length=max_length, num_beams=4, early_stopping=True)
    return swin_t5_tokenizer.decode(ids[0], skip_special_tokens=True)


def generate_chat_response(question, report_context, max_new_tokens=250):
    if not llama_model or not llama_tokenizer:
        return "Chatbot is currently unavailable."
    messages = [
        {"role": "system", "content": "You are a helpful medical assistant helping a student understand a report."},
        {"role": "user", "content": f"Based on the following report:\n\n{report_context}\n\nPlease answer: {question}"},
    ]
    input_ids = llama_tokenizer.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt").to(llama_model.device)
    terminators = [llama_tokenizer.eos_token_id, llama_tokenizer.convert_tokens_to_ids("<|eot_id|>")]
    with torch.no_grad():
        outputs = llama_model.generate(input_ids, max_new_tokens=max_new_tokens, eos_token_id=terminators,
                                       do_sample=True, temperature=0.6, top_p=0.9)
    return llama_tokenizer.decode(outputs[0][input_ids.shape[-1]:], skip_special_tokens=True).strip()


app = Flask(__name__)
app.secret_key = os.urandom(24)
load_swin_t5_model_components()
load_llama_model_components()


@app.route('/', methods=['GET'])
def index():
    return render_template('index.html', chatbot_available=bool(llama_model and llama_tokenizer))


@app.route('/predict', methods=['POST'])
def predict():
    file = request.files.get('image')
    if file is None or file.filename == '':
        flash('No image selected for uploading.', 'warning')
        return redirect(url_for('index'))
    vlm_choice = request.form.get('vlm_choice', 'swin_t5_chexpert')
    image_bytes = file.read()
    report = generate_report(image_bytes, vlm_choice, int(request.form.get('max_length', 100)))
    image_data = base64.b64encode(image_bytes).decode('utf-8')
    return render_template('index.html', report=report, image_data=image_data,
                           chatbot_available=bool(llama_model and llama_tokenizer))


if __name__ == '__main__':
    app.run(host='0.0.0.0', port=5000, debug=False)
