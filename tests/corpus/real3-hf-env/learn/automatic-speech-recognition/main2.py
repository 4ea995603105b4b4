from dataclasses import dataclass
from typing import Union

import evaluate
import numpy as np
from datasets import Audio, load_dataset
from transformers import AutoModelForCTC, AutoProcessor, Trainer, TrainingArguments

minds = load_dataset("PolyAI/minds14", name="en-US", split="train[:100]")
minds = minds.train_test_split(test_size=0.2)
minds = minds.remove_columns(["english_transcription", "intent_class", "lang_id"])

processor = AutoProcessor.from_pretrained("facebook/wav2vec2-base")

minds = minds.cast_column("audio", Audio(sampling_rate=16_000))
minds = minds.map(lambda ex: {"transcription": ex["transcription"].upper()})


def prepare(batch):
    audio = batch["audio"]
    batch = processor(audio["array"], sampling_rate=audio["sampling_rate"], text=batch["transcription"])
    batch["input_length"] = len(batch["input_values"][0])
    return batch


encoded = minds.map(prepare, remove_columns=minds.column_names["train"], num_proc=4)


@dataclass
class CTCCollator:
    processor: AutoProcessor
    padding: Union[bool, str] = "longest"

    def __call__(self, features):
        batch = self.processor.pad([{"input_values": f["input_values"][0]} for f in features], padding=self.padding, return_tensors="pt")
        lab = self.processor.pad(labels=[{"input_ids": f["labels"]} for f in features], padding=self.padding, return_tensors="pt")
        batch["labels"] = lab["input_ids"].masked_fill(lab.attention_mask.ne(1), -100)
        return batch


wer = evaluate.load("wer")


def compute_metrics(pred):
    pred_ids = np.argmax(pred.predictions, axis=-1)
    pred.label_ids[pred.label_ids == -100] = processor.tokenizer.pad_token_id
    return {"wer": wer.compute(predictions=processor.batch_decode(pred_ids),
                               references=processor.batch_decode(pred.label_ids, group_tokens=False))}


model = AutoModelForCTC.from_pretrained(
    "facebook/wav2vec2-base",
    ctc_loss_reduction="mean",
    pad_token_id=processor.tokenizer.pad_token_id,
)

args = TrainingArguments(
    output_dir="my_awesome_asr_mind_model",
    per_device_train_batch_size=8,
    gradient_accumulation_steps=2,
    learning_rate=1e-5,
    max_steps=2000,
    fp16=True,
    group_by_length=True,
    evaluation_strategy="steps",
    load_best_model_at_end=True,
    metric_for_best_model="wer",
    greater_is_better=False,
    push_to_hub=True,
)

Trainer(model=model, args=args, train_dataset=encoded["train"], eval_dataset=encoded["test"], tokenizer=processor,
        data_collator=CTCCollator(processor=processor), compute_metrics=compute_metrics).train()
