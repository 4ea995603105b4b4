import os
import json
import logging
from dataclasses import dataclass
from typing import Dict, List, Optional, Union

import numpy as np
import pandas as pd
import soundfile as sf
import torch
import transformers
from datasets import load_metric
from transformers import (
    HfArgumentParser,
    Wav2Vec2CTCTokenizer,
    Wav2Vec2FeatureExtractor,
    Wav2Vec2ForCTC,
    Wav2Vec2Processor,
    TrainingArguments,
    set_seed,
)
from transformers.trainer_utils import get_last_checkpoint

logger = logging.getLogger(__name__)


@dataclass
class ModelArguments:
    """Which model/config/tokenizer we are going to fine-tune."""
    model_name_or_path: str = "facebook/wav2vec2-xls-r-300m"
    cache_dir: Optional[str] = None
    freeze_feature_encoder: bool = True
    attention_dropout: float = 0.1
    hidden_dropout: float = 0.1
    mask_time_prob: float = 0.05
    layerdrop: float = 0.1
    ctc_loss_reduction: str = "mean"


@dataclass
class DataTrainingArguments:
    dataset_dir: str = None
    max_duration_in_seconds: Optional[float] = 15.0
    min_duration_in_seconds: Optional[float] = 0.5
    audio_column_name: str = "audio_path"
    text_column_name: str = "text"
    preprocessing_strategy: str = "char_level"


@dataclass
class DataCollatorCTCWithPadding:
    processor: Wav2Vec2Processor
    padding: Union[bool, str] = True

    def __call__(self, features: List[Dict[str, Union[List[int], torch.Tensor]]]) -> Dict[str, torch.Tensor]:
        batch = self.processor.pad([{"input_values": f["input_values"]} for f in features],
                                   padding=self.padding, return_tensors="pt")
        labels_batch = self.processor.pad(labels=[{"input_ids": f["labels"]} for f in features],
                                          padding=self.padding, return_tensors="pt")
        batch["labels"] = labels_batch["input_ids"].masked_fill(labels_batch.attention_mask.ne(1), -100)
        return batch


class EnenlhetASRDataset(torch.utils.data.Dataset):
    def __init__(self, csv_path, processor, audio_column="audio_path", text_column="text"):
        self.df = pd.read_csv(csv_path)
        self.processor = processor
        self.audio_column = audio_column
        self.text_column = text_column

    def __len__(self):
        return len(self.df)

    def __getitem__(self, idx):
        row = self.df.iloc[idx]
        speech, _ = sf.read(row[self.audio_column])
        values = self.processor(speech, sampling_rate=16000, return_tensors="pt").input_values.squeeze()
        with self.processor.as_target_processor():
            labels = self.processor(str(row[self.text_column])).input_ids
        return {"input_values": values, "labels": labels}


def main():
    parser = HfArgumentParser((ModelArguments, DataTrainingArguments, TrainingArguments))
    model_args, data_args, training_args = parser.parse_args_into_dataclasses()
    set_seed(training_args.seed)

    last_checkpoint = None
    if os.path.isdir(training_args.output_dir) and training_args.do_train:
        last_checkpoint = get_last_checkpoint(training_args.output_dir)

    if os.path.isdir(model_args.model_name_or_path):
        tokenizer = Wav2Vec2CTCTokenizer.from_pretrained(model_args.model_name_or_path)
        feature_extractor = Wav2Vec2FeatureExtractor.from_pretrained(model_args.model_name_or_path)
    else:
        vocab = {}
        with open(os.path.join(data_args.dataset_dir, "manifests", "dict.ltr.txt")) as f:
            for line in f:
                token, index = line.split()
                vocab[token] = int(index)
        tok_dir = os.path.join(training_args.output_dir, "tokenizer")
        os.makedirs(tok_dir, exist_ok=True)
        with open(os.path.join(tok_dir, "vocab.json"), "w") as f:
            json.dump(vocab, f)
        tokenizer = Wav2Vec2CTCTokenizer.from_pretrained(tok_dir)
        feature_extractor = Wav2Vec2FeatureExtractor(feature_size=1, sampling_rate=16000,
                                                     padding_value=0.0, do_normalize=True,
                                                     return_attention_mask=True)
    processor = Wav2Vec2Processor(feature_extractor=feature_extractor, tokenizer=tokenizer)

    model = Wav2Vec2ForCTC.from_pretrained(
        model_args.model_name_or_path,
        cache_dir=model_args.cache_dir,
        ctc_loss_reduction=model_args.ctc_loss_reduction,
        pad_token_id=processor.tokenizer.pad_token_id,
        vocab_size=len(processor.tokenizer),
        layerdrop=model_args.layerdrop,
    )
    if model_args.freeze_feature_encoder:
        model.freeze_feature_encoder()

    wer_metric = load_metric("wer")
    cer_metric = load_metric("cer")

    def compute_metrics(pred):
        pred_ids = np.argmax(pred.predictions, axis=-1)
        pred.label_ids[pred.label_ids == -100] = processor.tokenizer.pad_token_id
        pred_str = processor.batch_decode(pred_ids)
        label_str = processor.batch_decode(pred.label_ids, group_tokens=False)
        return {"wer": wer_metric.compute(predictions=pred_str, references=label_str),
                "cer": cer_metric.compute(predictions=pred_str, references=label_str)}

    trainer = transformers.Trainer(
        model=model,
        args=training_args,
        train_dataset=EnenlhetASRDataset(os.path.join(data_args.dataset_dir, "train.csv"), processor),
        eval_dataset=EnenlhetASRDataset(os.path.join(data_args.dataset_dir, "validation.csv"), processor),
        tokenizer=processor.feature_extractor,
        data_collator=DataCollatorCTCWithPadding(processor=processor),
        compute_metrics=compute_metrics,
    )
    if training_args.do_train:
        trainer.train(resume_from_checkpoint=last_checkpoint)
        trainer.save_model()
    if training_args.do_eval:
        trainer.log_metrics("eval", trainer.evaluate())
    processor.save_pretrained(training_args.output_dir)


if __name__ == "__main__":
    main()
