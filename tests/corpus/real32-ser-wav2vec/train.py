import json
import os
from collections import Counter

import numpy as np
import torch
from sklearn.utils.class_weight import compute_class_weight
from transformers import Trainer, TrainingArguments

from scripts.datacollator import DataCollatorCTCWithPadding
from scripts.dataloader import SERDataLoader
from scripts.eval import compute_metrics
from scripts.load_model import load_model_and_processor
from scripts.utils import get_last_checkpoint

MODEL_NAME = "facebook/wav2vec2-base-960h"
POOLING_MODE = "mean"

train_metadata_path = r"data\train_metadata.json"
val_metadata_path = r"data\test_metadata.json"

with open(train_metadata_path, "r") as f:
    train_metadata = json.load(f)
with open(val_metadata_path, "r") as f:
    val_metadata = json.load(f)

all_metadata = train_metadata + val_metadata
label_list = sorted(set(item["emotion"] for item in all_metadata))
label2id = {label: idx for idx, label in enumerate(label_list)}
print("Emotion counts:", Counter(item["emotion"] for item in all_metadata))

y_train = [label2id[item["emotion"]] for item in train_metadata]
class_weights = compute_class_weight(class_weight="balanced", classes=np.arange(len(label_list)), y=y_train)
class_weights = torch.tensor(class_weights, dtype=torch.float)

model, processor = load_model_and_processor(
    model_name=MODEL_NAME,
    label_list=label_list,
    class_weights=class_weights,
    mode=POOLING_MODE,
)
collator = DataCollatorCTCWithPadding(processor=processor, padding=True)

training_args = TrainingArguments(
    output_dir="models",
    eval_strategy="steps",
    save_strategy="steps",
    eval_steps=500,
    save_steps=500,
    logging_dir="logs",
    report_to="tensorboard",
    logging_steps=50,
    per_device_train_batch_size=8,
    gradient_accumulation_steps=2,
    num_train_epochs=20,
    learning_rate=3e-5,
    warmup_steps=200,
    fp16=True,
    save_total_limit=3,
    metric_for_best_model="eval_f1",
    load_best_model_at_end=True,
)

train_dataset = SERDataLoader(metadata_file=train_metadata_path, processor=processor, transform=True, label_map=label2id)
val_dataset = SERDataLoader(metadata_file=val_metadata_path, processor=processor, label_map=label2id)

trainer = Trainer(
    model=model,
    data_collator=collator,
    args=training_args,
    train_dataset=train_dataset,
    eval_dataset=val_dataset,
    compute_metrics=compute_metrics,
    processing_class=processor.feature_extractor,
)
trainer.train(resume_from_checkpoint=get_last_checkpoint(training_args.output_dir))

model.save_pretrained(os.path.join(training_args.output_dir, "Output"))
processor.save_pretrained(os.path.join(training_args.output_dir, "Output"))
