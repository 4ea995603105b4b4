"""Split TinyStories-Instruct rows into (prompt, story) pairs for seq2seq tuning."""
import random
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, cast

import numpy as np
import torch
from datasets import load_dataset
from transformers import AutoTokenizer, HfArgumentParser, PreTrainedTokenizer


@dataclass
class InstructArgs:
    tokenizer_name: Optional[str] = field(default="roberta-base")
    sample: Optional[int] = field(default=None)
    cache_dir: Optional[str] = field(default="./transformers_cache")
    final_output_dir: Optional[str] = field(default="./data/instruct")
    seed: Optional[int] = field(default=42)


SOURCE = "skeskinen/TinyStories-Instruct-hf"


def to_pairs(batch: Dict[str, List[Any]], tok: PreTrainedTokenizer):
    prompts, stories = zip(*(row.split(" Story: ", 1) for row in batch["text"]))
    enc = tok(list(prompts))
    targets = tok(list(stories), add_special_tokens=False)["input_ids"]
    enc["labels"] = [t + [tok.eos_token_id] for t in targets]
    return enc


if __name__ == "__main__":
    args = cast(InstructArgs, HfArgumentParser([InstructArgs]).parse_args_into_dataclasses()[0])
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)

    tok = AutoTokenizer.from_pretrained(args.tokenizer_name, cache_dir=args.cache_dir)
    ds = load_dataset(SOURCE, cache_dir=args.cache_dir)
    if args.sample:
        ds["train"] = ds["train"].shuffle(seed=args.seed).select(range(args.sample))
    cols = sorted({c for names in ds.column_names.values() for c in names})
    ds = ds.map(lambda b: to_pairs(b, tok), batched=True, num_proc=8, remove_columns=cols)
    row = ds["train"][0]
    print(tok.decode(row["input_ids"]), "=>", tok.decode(row["labels"]))
    ds.save_to_disk(args.final_output_dir)
