from dataclasses import dataclass
from typing import Any

import evaluate
import torch
from datasets import load_dataset
from transformers import (
    Seq2SeqTrainer,
    Seq2SeqTrainingArguments,
    WhisperFeatureExtractor,
    WhisperForConditionalGeneration,
    WhisperProcessor,
    WhisperTokenizer,
)

dataset_id = "CWKSC/common_voice_13_0-ja-whisper-tiny" # "mozilla-foundation/common_voice_11_0"
model_id = "openai/whisper-tiny"
model_language = "japanese"
push_to_hub_id = "whisper-tiny-common_voice_13_0-ja"

cv = load_dataset(dataset_id)
print(cv)

feature_extractor = WhisperFeatureExtractor.from_pretrained(model_id)
tokenizer = WhisperTokenizer.from_pretrained(model_id, language=model_language, task="transcribe")
processor = WhisperProcessor.from_pretrained(model_id, language=model_language, task="transcribe")


@dataclass
class Collator:
    processor: Any

    def __call__(self, features):
        batch = self.processor.feature_extractor.pad([{"input_features": f["input_features"]} for f in features], return_tensors="pt")
        lab = self.processor.tokenizer.pad([{"input_ids": f["labels"]} for f in features], return_tensors="pt")
        labels = lab["input_ids"].masked_fill(lab.attention_mask.ne(1), -100)
        if (labels[:, 0] == self.processor.tokenizer.bos_token_id).all().cpu().item():
            labels = labels[:, 1:]
        batch["labels"] = labels
        return batch


metric = evaluate.load("wer")


def compute_metrics(pred):
    label_ids = pred.label_ids
    label_ids[label_ids == -100] = tokenizer.pad_token_id
    hyp = tokenizer.batch_decode(pred.predictions, skip_special_tokens=True)
    ref = tokenizer.batch_decode(label_ids, skip_special_tokens=True)
    return {"wer": 100 * metric.compute(predictions=hyp, references=ref)}


model = WhisperForConditionalGeneration.from_pretrained(model_id, device_map="auto")
model.config.forced_decoder_ids = None
model.config.suppress_tokens = []

args = Seq2SeqTrainingArguments(
    output_dir=f"./{push_to_hub_id}",
    per_device_train_batch_size=4,
    learning_rate=1e-3,
    warmup_steps=50,
    num_train_epochs=1,
    evaluation_strategy="no",
    fp16=True,
    generation_max_length=128,
    logging_steps=200,
    remove_unused_columns=False,
    label_names=["labels"],
)

trainer = Seq2SeqTrainer(
    args=args,
    model=model,
    train_dataset=cv["train"],
    data_collator=Collator(processor=processor),
    compute_metrics=compute_metrics,
    tokenizer=processor.feature_extractor,
)
trainer.train()

for obj in (model, feature_extractor, tokenizer, processor):
    obj.push_to_hub(push_to_hub_id)
