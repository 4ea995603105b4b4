# src/inference.py  -- classify one review with a saved model or LoRA adapter
import argparse

import torch
from peft import PeftModel
from transformers import AutoModelForSequenceClassification, AutoTokenizer, pipeline


def build_model(path):
    # adapters are recognised by their directory name
    if "lora" in path.lower():
        backbone = AutoModelForSequenceClassification.from_pretrained(
            "bert-base-uncased",
            num_labels=2,
        )
        merged = PeftModel.from_pretrained(backbone, path)
        return merged.merge_and_unload()
    return AutoModelForSequenceClassification.from_pretrained(path)


def cli():
    ap = argparse.ArgumentParser()
    ap.add_argument("--text", type=str, required=True)
    ap.add_argument("--model_path", type=str, required=True)
    opts = ap.parse_args()

    tok = AutoTokenizer.from_pretrained(opts.model_path)
    clf = pipeline(
        "text-classification",
        model=build_model(opts.model_path),
        tokenizer=tok,
        device=0 if torch.cuda.is_available() else -1,
    )
    out = clf(opts.text)[0]
    print(f"text: {opts.text}")
    print(f"label: {out['label']} (score {out['score']:.2f})")


if __name__ == "__main__":
    cli()
