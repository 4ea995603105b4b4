import logging
import os

import torch
from dotenv import load_dotenv
from transformers import AutoModel, AutoTokenizer

logging.basicConfig(level=logging.INFO)
load_dotenv()

# --- configuration ---
TEXT_ENCODER = os.getenv("TEXT_MODEL_ID", "sentence-transformers/all-MiniLM-L6-v2")
EXPORT_DIR = "models/text_encoder"
ONNX_NAME = "text_encoder.onnx"
SEQ_LEN = 128

os.makedirs(EXPORT_DIR, exist_ok=True)
onnx_path = os.path.join(EXPORT_DIR, ONNX_NAME)

logging.info("loading %s", TEXT_ENCODER)
tok = AutoTokenizer.from_pretrained(TEXT_ENCODER)
enc = AutoModel.from_pretrained(TEXT_ENCODER)
enc.eval()

sample = tok(["sample sentence for export"], padding="max_length", truncation=True,
             max_length=SEQ_LEN, return_tensors="pt")

axes = {
    "input_ids": {0: "batch_size", 1: "sequence_length"},
    "attention_mask": {0: "batch_size", 1: "sequence_length"},
    "last_hidden_state": {0: "batch_size", 1: "sequence_length"},
    "pooler_output": {0: "batch_size"},
}

torch.onnx.export(
    enc,
    (sample["input_ids"], sample["attention_mask"]),
    onnx_path,
    input_names=["input_ids", "attention_mask"],
    output_names=["last_hidden_state", "pooler_output"],
    dynamic_axes=axes,
    opset_version=14,
    do_constant_folding=True,
)
logging.info("exported to %s", onnx_path)
