import os
from datetime import datetime

import pandas as pd
import streamlit as st
import torch
from PIL import Image
from transformers import ViTFeatureExtractor, ViTForImageClassification

# ✅ Load Model and Extractor

model_name = "wambugu71/crop_leaf_diseases_vit"
extractor = ViTFeatureExtractor.from_pretrained(model_name)
model = ViTForImageClassification.from_pretrained(model_name)

# 💊 Disease Treatment Guide
treatment_guide = {
    "Corn___Common_rust": "1. Apply fungicides early.\n2. Rotate crops.\n3. Use rust-resistant hybrids.",
    "Corn___Healthy": "✅ No treatment needed. The crop is healthy.",
    "Potato___Early_blight": "1. Apply preventive fungicides.\n2. Ensure proper drainage.",
    "Potato___Late_blight": "1. Use systemic fungicides.\n2. Remove infected plants immediately.",
    "Rice___Brown_Spot": "1. Treat seeds with fungicides.\n2. Avoid excessive nitrogen.",
    "Wheat___Leaf_rust": "1. Apply foliar fungicides.\n2. Use resistant varieties.",
}

st.title("🌿 Crop Disease Detection (Real-Time)")
source = st.radio("Choose image source:", ["Upload Image", "Use Camera"])

image = None
if source == "Upload Image":
    uploaded_file = st.file_uploader("Choose a leaf image", type=["jpg", "png", "jpeg"])
    if uploaded_file:
        image = Image.open(uploaded_file).convert("RGB")
elif source == "Use Camera":
    camera_image = st.camera_input("Take a picture of the leaf")
    if camera_image:
        image = Image.open(camera_image).convert("RGB")

if image:
    inputs = extractor(images=image, return_tensors="pt")
    with torch.no_grad():
        probs = torch.nn.functional.softmax(model(**inputs).logits, dim=1)
        pred_idx = torch.argmax(probs, dim=1).item()
    class_name = model.config.id2label[pred_idx]
    confidence = probs[0][pred_idx].item()
    st.success(f"🩺 **Predicted Disease:** {class_name}")
    st.warning(treatment_guide.get(class_name, "⚠️ No treatment advice available."))

    history_file = "prediction_history.csv"
    log_entry = pd.DataFrame([{"timestamp": datetime.now().strftime("%Y-%m-%d %H:%M:%S"),
                               "predicted_class": class_name, "confidence (%)": round(confidence * 100, 2)}])
    log_entry.to_csv(history_file, mode='a' if os.path.exists(history_file) else 'w',
                     header=not os.path.exists(history_file), index=False)
