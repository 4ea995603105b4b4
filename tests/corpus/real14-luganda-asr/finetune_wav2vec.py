#!/usr/bin/env python
"""CTC fine-tuning of a wav2vec2 checkpoint on Common Voice Luganda (options from a JSON file)."""
import json
import logging
import os
import re
import sys
from dataclasses import dataclass, field
from typing import Optional

import datasets
import numpy as np
from datasets import Audio, load_metric
from transformers import (
    HfArgumentParser,
    Trainer,
    TrainingArguments,
    Wav2Vec2CTCTokenizer,
    Wav2Vec2FeatureExtractor,
    Wav2Vec2ForCTC,
    Wav2Vec2Processor,
    set_seed,
)

log = logging.getLogger(__name__)


@dataclass
class ModelArguments:
    model_name_or_path: str = field(
        metadata={"help": "Path to a pretrained model or a model identifier from huggingface.co/models"}
    )
    cache_dir: Optional[str] = field(default=None, metadata={"help": "Where downloads from huggingface.co are cached"})
    freeze_wav2vec: bool = field(default=True)
    attention_dropout: float = field(default=0.1)
    hidden_dropout: float = field(default=0.1)
    mask_time_prob: float = field(default=0.05)
    layerdrop: float = field(default=0.1)


@dataclass
class DataArguments:
    dataset_name: str = field(default=None, metadata={"help": "Dataset to use (via the datasets library)."})
    dataset_config_name: str = field(default=None)
    dataset_data_dir: Optional[str] = field(default=None)
    dataset_min_filesize: int = field(default=0)
    dataset_min_textlength: int = field(default=0)
    train_split_name: str = field(default="train+validation")
    preprocessing_num_workers: int = field(default=4)
    chars_to_ignore: Optional[str] = field(default="")


def main():
    parser = HfArgumentParser((ModelArguments, DataArguments, TrainingArguments))
    if len(sys.argv) == 2 and sys.argv[1].endswith("json"):
        m_args, d_args, t_args = parser.parse_json_file(json_file=os.path.abspath(sys.argv[1]))
    else:
        m_args, d_args, t_args = parser.parse_args_into_dataclasses()
    set_seed(t_args.seed)

    train_ds = datasets.load_dataset(
        d_args.dataset_name, d_args.dataset_config_name, data_dir=d_args.dataset_data_dir,
        split=d_args.train_split_name, cache_dir=m_args.cache_dir,
    )
    eval_ds = datasets.load_dataset(
        d_args.dataset_name, d_args.dataset_config_name, data_dir=d_args.dataset_data_dir,
        split="test", cache_dir=m_args.cache_dir,
    )

    strip_re = f"[{''.join(d_args.chars_to_ignore)}]"

    def clean(row):
        row["text"] = re.sub(strip_re, "", row["sentence"]).lower() + " "
        return row

    train_ds, eval_ds = train_ds.map(clean), eval_ds.map(clean)
    chars = sorted(set("".join(train_ds["text"])) | set("".join(eval_ds["text"])))
    vocab = {c: i for i, c in enumerate(chars)}
    vocab["|"] = vocab.pop(" ")
    vocab["[UNK]"] = len(vocab)
    vocab["[PAD]"] = len(vocab)
    with open("vocab.json", "w") as fh:
        json.dump(vocab, fh)

    tok = Wav2Vec2CTCTokenizer("./vocab.json", unk_token="[UNK]", pad_token="[PAD]", word_delimiter_token="|")
    fe = Wav2Vec2FeatureExtractor(feature_size=1, sampling_rate=16000, padding_value=0.0, do_normalize=True,
                                  return_attention_mask=True)
    proc = Wav2Vec2Processor(feature_extractor=fe, tokenizer=tok)

    model = Wav2Vec2ForCTC.from_pretrained(
        m_args.model_name_or_path,
        cache_dir=m_args.cache_dir,
        attention_dropout=m_args.attention_dropout,
        hidden_dropout=m_args.hidden_dropout,
        mask_time_prob=m_args.mask_time_prob,
        layerdrop=m_args.layerdrop,
        pad_token_id=proc.tokenizer.pad_token_id,
        vocab_size=len(proc.tokenizer),
    )
    if m_args.freeze_wav2vec:
        model.freeze_feature_extractor()

    train_ds = train_ds.cast_column("audio", Audio(sampling_rate=16000))
    eval_ds = eval_ds.cast_column("audio", Audio(sampling_rate=16000))

    wer = load_metric("wer")

    def metrics(pred):
        ids = np.argmax(pred.predictions, axis=-1)
        pred.label_ids[pred.label_ids == -100] = proc.tokenizer.pad_token_id
        return {"wer": wer.compute(predictions=proc.batch_decode(ids),
                                   references=proc.batch_decode(pred.label_ids, group_tokens=False))}

    trainer = Trainer(model=model, args=t_args, train_dataset=train_ds, eval_dataset=eval_ds,
                      tokenizer=proc.feature_extractor, compute_metrics=metrics)
    trainer.train()
    trainer.save_model()
    log.info("saved to %s", t_args.output_dir)


if __name__ == "__main__":
    main()
