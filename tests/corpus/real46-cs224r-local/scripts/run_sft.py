"""
Train Qwen-2.5-0.5B on a *processed* SFT dataset folder produced by
data/prep_ultra_sft.py   (or any folder with train/ val/ and config.json).

Usage
-----
    python scripts/run_sft.py \
            --data data/processed/ultra_sft \
            --epochs 1 \
            --bsz 4 \
            --lr 2e-5
"""
from pathlib import Path
import json, math, argparse, torch
from datasets import load_from_disk
from transformers import AutoTokenizer, AutoModelForCausalLM, get_linear_schedule_with_warmup
from torch.optim import AdamW
from torch.utils.data import DataLoader


def collate_fn(batch, pad_id, label_pad_id=-100):
    cols = {k: [torch.tensor(b[k]) for b in batch] for k in batch[0].keys()}
    pad = lambda seqs, v: torch.nn.utils.rnn.pad_sequence(seqs, batch_first=True, padding_value=v)
    return {
        "input_ids": pad(cols["input_ids"], pad_id),
        "attention_mask": pad(cols["attention_mask"], 0),
        "labels": pad(cols["labels"], label_pad_id),
    }


def train(data_dir: Path, epochs: int, bsz: int, lr: float):
    cfg   = json.load(open(data_dir/"config.json"))
    tok   = AutoTokenizer.from_pretrained(cfg["model"], trust_remote_code=True)
    model = AutoModelForCausalLM.from_pretrained(cfg["model"], torch_dtype=torch.float16).cuda()

    ds_tr = load_from_disk(data_dir/"train")
    dl_tr = DataLoader(ds_tr, shuffle=True, batch_size=bsz, collate_fn=lambda b: collate_fn(b, tok.pad_token_id))

    opt   = AdamW(model.parameters(), lr=lr)
    steps = epochs * math.ceil(len(ds_tr) / bsz)
    sched = get_linear_schedule_with_warmup(opt, 0.03 * steps, steps)
    for ep in range(epochs):
        model.train()
        for batch in dl_tr:
            batch = {k: v.cuda() for k, v in batch.items()}
            loss = model(**batch).loss
            loss.backward(); opt.step(); opt.zero_grad(); sched.step()
        model.save_pretrained(f"checkpoints/ultra_sft_ep{ep}")
    return model, tok


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True, type=Path)
    ap.add_argument("--epochs", type=int, default=1)
    ap.add_argument("--bsz", type=int, default=4)
    ap.add_argument("--lr", type=float, default=2e-5)
    args = ap.parse_args()
    train(args.data, args.epochs, args.bsz, args.lr)
