# src/api/main.py
#
# Minimal FastAPI server for Donut invoice extraction (Torch backend).
# Usage:
#   MODEL_PATH=checkpoints/donut-invoice/best uvicorn src.api.main:app --port 8000
# Test:
#   curl -F "file=@data/converted/images/<some_doc>_p1.png" http://localhost:8000/extract
#
from fastapi import FastAPI, UploadFile, File, HTTPException
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel
from typing import List, Optional, Dict, Any
from PIL import Image
import io, os, re, torch

from transformers import VisionEncoderDecoderModel, DonutProcessor

# ---------- Config ----------
CKPT = os.getenv("MODEL_PATH", "checkpoints/donut-invoice/best")
MAX_LENGTH = int(os.getenv("MAX_LENGTH", "768"))
DEVICE = "cuda" if torch.cuda.is_available() else "cpu"

# ---------- App ----------
app = FastAPI(title="Invoice Extractor (Donut)")
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"], allow_methods=["*"], allow_headers=["*"], allow_credentials=True
)

# ---------- Model Load ----------
try:
    processor = DonutProcessor.from_pretrained(CKPT)
    model = VisionEncoderDecoderModel.from_pretrained(CKPT).to(DEVICE).eval()
except Exception as e:
    raise RuntimeError(f"Failed to load model/processor from {CKPT}: {e}")
