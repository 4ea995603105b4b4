import os, math, argparse, json, contextlib
import torch
from torch.utils.data import DataLoader
from torch.optim import AdamW
from torch.nn.utils import clip_grad_norm_
from transformers import VisionEncoderDecoderModel, DonutProcessor, get_linear_schedule_with_warmup
from tqdm import tqdm

from src.data.ds_jsonl import InvoiceJsonl

# ---- speed/compat niceties ---------------------------------------------------
torch.set_float32_matmul_precision("medium")  # helps on Apple Silicon

def seed_all(seed: int):
    import random, numpy as np
    random.seed(seed); np.random.seed(seed); torch.manual_seed(seed)
    if torch.cuda.is_available(): torch.cuda.manual_seed_all(seed)

def pick_device():
    if torch.cuda.is_available(): return "cuda"
    if getattr(torch.backends, "mps", None) and torch.backends.mps.is_available(): return "mps"
    return "cpu"

# ---- main --------------------------------------------------------------------
def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data_dir", required=True, help="folder with train.jsonl / val.jsonl")
    ap.add_argument("--processor", required=True, help="path to saved DonutProcessor")
    ap.add_argument("--base_model", default="naver-clova-ix/donut-base")
    ap.add_argument("--out_dir", required=True)

    # Fast defaults for M2
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--bsz", type=int, default=1)
    ap.add_argument("--grad_accum", type=int, default=16)
    ap.add_argument("--lr", type=float, default=3e-5)
    ap.add_argument("--weight_decay", type=float, default=0.01)
    ap.add_argument("--warmup", type=int, default=200)
    ap.add_argument("--max_length", type=int, default=512)
    ap.add_argument("--image_size", type=int, default=832)
    ap.add_argument("--freeze_encoder_epochs", type=int, default=1)
    ap.add_argument("--clip_norm", type=float, default=1.0)

    # Convenience flags
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--workers", type=int, default=0)  # macOS: avoid forking to keep tokenizers happy
    ap.add_argument("--amp", action="store_true", help="Enable AMP on CUDA only (disabled on MPS to avoid NaNs)")
    ap.add_argument("--max_train_samples", type=int, default=0, help="0=all; else use only first N training samples")
    ap.add_argument("--max_val_samples", type=int, default=0, help="0=all; else use only first N val samples")
    args = ap.parse_args()

    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.makedirs(args.out_dir, exist_ok=True)
    seed_all(args.seed)

    device = pick_device()
    # Disable AMP on MPS to avoid NaNs; allow only on CUDA via --amp
    use_amp = (args.amp and device == "cuda")

    # ---- Processor & model ----------------------------------------------------
    processor = DonutProcessor.from_pretrained(args.processor)
    if hasattr(processor, "image_processor"):
        processor.image_processor.size = {"height": args.image_size, "width": args.image_size}

    model = VisionEncoderDecoderModel.from_pretrained(args.base_model)
