import os

import pandas as pd
import torch
from tqdm import tqdm
from transformers import MarianMTModel, MarianTokenizer

# --- settings ---
MT_CHECKPOINT = "Helsinki-NLP/opus-mt-en-da"
SRC_CSV = "data/danish_pretranslate.csv"
DST_CSV = "data/danish_train.csv"
TEXT_COL = "tran_text"
BATCH = 32


def translate_batches(texts, model, tok, device, batch_size):
    out = []
    for i in tqdm(range(0, len(texts), batch_size), desc="translating"):
        chunk = texts[i:i + batch_size]
        enc = tok(chunk, return_tensors="pt", padding=True, truncation=True, max_length=512).to(device)
        gen = model.generate(**enc)
        out.extend(tok.batch_decode(gen, skip_special_tokens=True))
    return out


def main():
    device = torch.device("mps") if torch.backends.mps.is_available() else torch.device("cpu")
    print(f"device: {device}")

    print(f"loading {MT_CHECKPOINT}")
    tok = MarianTokenizer.from_pretrained(MT_CHECKPOINT)
    model = MarianMTModel.from_pretrained(MT_CHECKPOINT).to(device)

    if not os.path.exists(SRC_CSV):
        print(f"missing input file '{SRC_CSV}'")
        return
    frame = pd.read_csv(SRC_CSV)
    texts = frame[TEXT_COL].astype(str).tolist()

    frame[TEXT_COL] = translate_batches(texts, model, tok, device, BATCH)
    frame.to_csv(DST_CSV, index=False, encoding="utf-8-sig")
    print(f"wrote {DST_CSV}")


if __name__ == "__main__":
    main()
