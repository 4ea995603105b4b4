from config import (
    datasets_max_in_memory,
    dataset,
    code,
    cache_dir,
    pretrained,
    language,
    batch_size,
    output_dir,
    evaluate_metric,
)

import datasets

datasets.config.IN_MEMORY_MAX_SIZE = 1024 * 1024 * 1024 * datasets_max_in_memory

# ---------------------------------------------------------------- data
from datasets import Audio, DatasetDict, load_dataset

cv = DatasetDict()
cv["train"] = load_dataset(dataset, code, split="train+validation", use_auth_token=True, cache_dir=cache_dir)
cv["test"] = load_dataset(dataset, code, split="test", use_auth_token=True, cache_dir=cache_dir)
cv = cv.remove_columns(["accent", "age", "client_id", "down_votes", "gender", "locale", "path", "segment", "up_votes"])

# ---------------------------------------------------------------- whisper parts
from transformers import (
    WhisperFeatureExtractor,
    WhisperForConditionalGeneration,
    WhisperProcessor,
    WhisperTokenizer,
)

extractor = WhisperFeatureExtractor.from_pretrained(pretrained)
tok = WhisperTokenizer.from_pretrained(pretrained, language=language, task="transcribe")
proc = WhisperProcessor.from_pretrained(pretrained, task="transcribe")
model = WhisperForConditionalGeneration.from_pretrained(pretrained)
model.config.forced_decoder_ids = None
model.config.suppress_tokens = []

cv = cv.cast_column("audio", Audio(sampling_rate=16000))


def featurize(batch):
    audio = batch["audio"]
    batch["input_features"] = extractor(audio["array"], sampling_rate=audio["sampling_rate"]).input_features[0]
    batch["labels"] = tok(batch["sentence"]).input_ids
    return batch


cv = cv.map(
    featurize,
    remove_columns=cv.column_names["train"],
    cache_file_names={
        "train": f"{cache_dir}/cv_train_processed.arrow",
        "test": f"{cache_dir}/cv_test_processed.arrow",
    },
)

# ---------------------------------------------------------------- collator / metric
import evaluate
import torch
from dataclasses import dataclass
from typing import Any


@dataclass
class SpeechCollator:
    processor: Any

    def __call__(self, features):
        feats = [{"input_features": f["input_features"]} for f in features]
        batch = self.processor.feature_extractor.pad(feats, return_tensors="pt")
        lab = self.processor.tokenizer.pad([{"input_ids": f["labels"]} for f in features], return_tensors="pt")
        labels = lab["input_ids"].masked_fill(lab.attention_mask.ne(1), -100)
        if (labels[:, 0] == self.processor.tokenizer.bos_token_id).all().cpu().item():
            labels = labels[:, 1:]
        batch["labels"] = labels
        return batch


metric = evaluate.load(evaluate_metric)


def compute_metrics(pred):
    ids = pred.label_ids
    ids[ids == -100] = tok.pad_token_id
    hyp = tok.batch_decode(pred.predictions, skip_special_tokens=True)
    ref = tok.batch_decode(ids, skip_special_tokens=True)
    return {evaluate_metric: 100 * metric.compute(predictions=hyp, references=ref)}


# ---------------------------------------------------------------- train
from transformers import Seq2SeqTrainer, Seq2SeqTrainingArguments

args = Seq2SeqTrainingArguments(
    output_dir=output_dir,
    per_device_train_batch_size=batch_size,
    learning_rate=1e-5,
    warmup_steps=500,
    max_steps=4000,
    gradient_checkpointing=True,
    fp16=True,
    evaluation_strategy="steps",
    per_device_eval_batch_size=batch_size // 2,
    predict_with_generate=True,
    generation_max_length=225,
    save_steps=1000,
    eval_steps=1000,
    report_to=["tensorboard"],
    load_best_model_at_end=True,
    metric_for_best_model=evaluate_metric,
    greater_is_better=False,
    push_to_hub=True,
)

trainer = Seq2SeqTrainer(
    args=args,
    model=model,
    train_dataset=cv["train"],
    eval_dataset=cv["test"],
    data_collator=SpeechCollator(processor=proc),
    compute_metrics=compute_metrics,
    tokenizer=proc.feature_extractor,
)
proc.save_pretrained(args.output_dir)
trainer.train()

card = {
    "dataset_tags": dataset,
    "dataset": "Common Voice 11.0",
    "dataset_args": f"config: {code}, split: test",
    "language": code,
    "model_name": f"Whisper Small {code} - {language}",
    "finetuned_from": pretrained,
    "tasks": "automatic-speech-recognition",
    "tags": "hf-asr-leaderboard",
}
trainer.push_to_hub(**card)
