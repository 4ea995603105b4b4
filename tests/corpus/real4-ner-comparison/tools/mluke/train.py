# Fine-tune mLUKE for NER; the model is written to tools/mluke/models/{languages}
# adapted from https://github.com/huggingface/transformers/tree/main/examples/research_projects/luke

import argparse
import math
import sys
from pathlib import Path

import pandas as pd
from accelerate import Accelerator, DistributedDataParallelKwargs
from datasets import Dataset, concatenate_datasets
from torch.utils.data import DataLoader
from transformers import AdamW, LukeConfig, LukeForEntitySpanClassification, MLukeTokenizer, get_scheduler

sys.path.insert(0, str(Path.cwd()))
from tools.mluke.utils import (DataCollatorForLukeTokenClassification, compute_entity_spans_for_luke,
                               entity2id, iob_label_list, stripped_labels, tokenize_and_pad)
from utils.registry import load_registry


def parse_args():
    p = argparse.ArgumentParser(description="Fine-tune (m)LUKE on span classification (NER)")
    p.add_argument("--languages", action="extend", nargs="+", type=str)
    p.add_argument("--corpora", action="extend", nargs="+", type=str)
    p.add_argument("--max_length", type=int, default=128)
    p.add_argument("--max_entity_length", type=int, default=32)
    p.add_argument("--max_mention_length", type=int, default=30)
    p.add_argument("--batch_size", type=int, default=8)
    p.add_argument("--learning_rate", type=float, default=2e-5)
    p.add_argument("--epochs", type=int, default=3)
    p.add_argument("--output_dir", type=str, default=None, help="where to store the model")
    a = p.parse_args()
    if a.languages is None:
        a.languages = ["ar", "de", "en", "es", "fi", "fr", "it", "nl", "pt", "zh"]
    return a


def main():
    args = parse_args()
    acc = Accelerator(kwargs_handlers=[DistributedDataParallelKwargs(find_unused_parameters=True)])
    reg = load_registry()
    reg = reg.loc[~(reg.corpus == "wikiann")]
    rows = reg.loc[reg.language.isin(args.languages)]
    splits = {"train": [], "validation": []}
    for _, row in rows.iterrows():
        if row["split"] in splits:
            df = pd.read_feather(row["path"])
            df["labels"] = df["CoNLL_IOB2"].map({l: i for i, l in enumerate(iob_label_list)})
            splits[row["split"]].append(Dataset.from_pandas(df))

    tokenizer = MLukeTokenizer.from_pretrained(
        "studio-ousia/mluke-base",
        use_fast=False,
        task="entity_span_classification",
        max_entity_length=args.max_entity_length,
        max_mention_length=args.max_mention_length,
    )
    for k in splits:
        splits[k] = concatenate_datasets(splits[k]).map(
            compute_entity_spans_for_luke, batched=True,
            fn_kwargs={"tokenizer": tokenizer, "entity2id": entity2id, "iob_label_list": iob_label_list})
        splits[k] = splits[k].map(tokenize_and_pad, batched=True, fn_kwargs={"tokenizer": tokenizer})

    model_dir = Path(args.output_dir) if args.output_dir else Path.cwd() / "tools" / "mluke" / "models"
    model_path = model_dir / "_".join(args.languages)
    model_path.mkdir(parents=True, exist_ok=True)

    config = LukeConfig.from_pretrained("studio-ousia/mluke-base", num_labels=len(stripped_labels))
    mluke = LukeForEntitySpanClassification.from_pretrained("studio-ousia/mluke-base", config=config)

    collate = DataCollatorForLukeTokenClassification(tokenizer)
    train_dl = DataLoader(splits["train"], shuffle=True, collate_fn=collate, batch_size=args.batch_size)
    opt = AdamW(mluke.parameters(), lr=args.learning_rate)
    mluke, opt, train_dl = acc.prepare(mluke, opt, train_dl)
    steps = args.epochs * math.ceil(len(train_dl))
    sched = get_scheduler(name="linear", optimizer=opt, num_warmup_steps=0, num_training_steps=steps)
    for _ in range(args.epochs):
        mluke.train()
        for batch in train_dl:
            for key in ("original_entity_spans", "doc_id", "context_boundaries"):
                batch.pop(key)
            acc.backward(mluke(**batch).loss)
            opt.step()
            sched.step()
            opt.zero_grad()
    acc.unwrap_model(mluke).save_pretrained(model_path, save_function=acc.save)


if __name__ == "__main__":
    main()
