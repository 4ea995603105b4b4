"""Tokenise a text corpus and pack it into fixed-length windows for pre-training."""
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, cast

from datasets import DatasetDict, load_dataset
from transformers import AutoTokenizer, HfArgumentParser


@dataclass
class PrepArgs:
    dataset_path: Optional[str] = field(default="JeanKaddour/minipile")
    dataset_subset: Optional[str] = field(default=None)
    dataset_split: Optional[str] = field(default=None)
    eval_amt: Optional[float] = field(default=500)
    tokenizer_name: Optional[str] = field(default="roberta-base")
    text_field: Optional[str] = field(default="text")
    model_max_length: Optional[int] = field(default=512)
    chunk_overlaps: Optional[int] = field(default=0)
    cache_dir: Optional[str] = field(default="./transformers_cache")
    final_output_dir: Optional[str] = field(default="./data/pretrain")
    seed: Optional[int] = field(default=42)


def pack(batch: Dict[str, List[Any]], tok, max_seq=512, text_field="text"):
    ids = tok(batch[text_field], add_special_tokens=False)["input_ids"]
    room = max_seq - (1 if tok.bos_token_id else 0) - (1 if tok.eos_token_id else 0)
    out = {"input_ids": [], "attention_mask": []}
    buf: List[int] = []

    def flush():
        seq = ([tok.bos_token_id] if tok.bos_token_id else []) + buf + ([tok.eos_token_id] if tok.eos_token_id else [])
        out["input_ids"].append(seq)
        out["attention_mask"].append([1] * len(seq))

    for doc in ids:
        while doc:
            take = room - len(buf)
            buf.extend(doc[:take])
            doc = doc[take:]
            if len(buf) == room:
                flush()
                buf = []
    if len(buf) >= 32:  # drop very short tails
        flush()
    return out


if __name__ == "__main__":
    args = cast(PrepArgs, HfArgumentParser([PrepArgs]).parse_args_into_dataclasses()[0])
    tok = AutoTokenizer.from_pretrained(args.tokenizer_name, cache_dir=args.cache_dir)
    ds = load_dataset(args.dataset_path, args.dataset_subset, split=args.dataset_split, cache_dir=args.cache_dir)
    if args.dataset_split:
        parts = ds.train_test_split(test_size=args.eval_amt)
        ds = DatasetDict({"train": parts["train"], "validation": parts["test"]})
    cols = sorted({c for names in ds.column_names.values() for c in names})
    ds = ds.map(lambda b: pack(b, tok, args.model_max_length, args.text_field), batched=True,
                num_proc=8, remove_columns=cols).shuffle(seed=args.seed)
    print(f"Packed {args.dataset_path}:\n{ds}")
    ds.save_to_disk(args.final_output_dir)
