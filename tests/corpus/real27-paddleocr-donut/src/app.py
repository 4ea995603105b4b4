import cv2
import streamlit as st
import os
import time
import numpy as np
import torch
import tempfile
from PIL import Image
from dotenv import load_dotenv
import logging

logging.basicConfig(level=logging.INFO, format='%(asctime)s - %(levelname)s - %(message)s')
logger = logging.getLogger(__name__)

# Load environment variables
load_dotenv()
HF_TOKEN = os.getenv("HF_TOKEN")
CACHE_DIR = os.getenv("CACHE_DIR", os.path.join(tempfile.gettempdir(), "paddleocr_cache"))

os.makedirs(CACHE_DIR, exist_ok=True)

try:
    from transformers import DonutProcessor, VisionEncoderDecoderModel
    from huggingface_hub import login
    transformers_available = True
except ImportError:
    transformers_available = False

try:
    from paddleocr import PaddleOCR
    paddleocr_available = True
except ImportError:
    paddleocr_available = False

donut_processor = None
donut_model = None
paddleocr_model = None


def get_device_from_selection(selection):
    if selection.startswith("cuda:"):
        return selection.split(" ")[0]
    return "cpu"


@st.cache_resource
def load_paddleocr_model(_device):
    global paddleocr_model
    if HF_TOKEN:
        login(token=HF_TOKEN)
    logger.info(f"Loading PaddleOCR model on {_device}...")
    paddleocr_model = PaddleOCR(
        use_angle_cls=True,
        lang="en",
        use_gpu=torch.cuda.is_available(),
    )
    return paddleocr_model


@st.cache_resource
def load_donut_model(_device):
    """Load and cache the Donut model to avoid reloading"""
    global donut_processor, donut_model
    if HF_TOKEN:
        login(token=HF_TOKEN)
    try:
        logger.info(f"Loading Donut model on {_device}...")
        donut_processor = DonutProcessor.from_pretrained("naver-clova-ix/donut-base")
        donut_model = VisionEncoderDecoderModel.from_pretrained("naver-clova-ix/donut-base").to("cuda" if torch.cuda.is_available() else "cpu")
        logger.info("Donut model loaded successfully.")
        return donut_processor, donut_model
    except Exception as e:
        logger.error(f"Error loading Donut model: {str(e)}")
        raise


def process_single_image_paddleocr(image, device="cpu"):
    start_time = time.time()
    model = load_paddleocr_model(device)
    img_arr = cv2.cvtColor(np.array(image), cv2.COLOR_RGB2BGR)
    ocr_results = model.ocr(img_arr, cls=True)
    lines = [line[1][0] for block in ocr_results for line in block]
    return {"text": "\n".join(lines), "processing_time": time.time() - start_time}


def main():
    st.set_page_config(page_title="PaddleOCR and Donut OCR", page_icon="📄", layout="wide")
    st.markdown('<p class="main-header">PAddleOCR and Donut OCR App</p>', unsafe_allow_html=True)

    with st.sidebar:
        st.header("Configuration")
        task_type = st.selectbox(
            "Select task type",
            [
                "Convert this page using PaddleOCR.",
                "Convert this page using Donut.",
            ]
        )
        uploaded_file = st.file_uploader("Upload image", type=["jpg", "jpeg", "png", "pdf"])

    if uploaded_file is not None:
        image = Image.open(uploaded_file).convert("RGB")
        DATA_DIR = os.path.join(os.getcwd(), "data")
        os.makedirs(DATA_DIR, exist_ok=True)
        save_path = os.path.join(DATA_DIR, uploaded_file.name)
        with open(save_path, "wb") as f:
            f.write(uploaded_file.getbuffer())
        result = process_single_image_paddleocr(image)
        st.text_area("Extracted Text", result["text"], height=300)
        st.download_button("Download Text", result["text"], file_name="output.txt")


if __name__ == "__main__":
    main()
