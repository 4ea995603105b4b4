!pip install transformers datasets evaluate accelerate

import evaluate
import numpy as np
import tensorflow as tf
from datasets import load_dataset
from huggingface_hub import notebook_login
from transformers import (AutoModelForSequenceClassification, AutoTokenizer, DataCollatorWithPadding,
                          Trainer, TrainingArguments, create_optimizer)


imbd = load_dataset("imbd")
imbd["test"][0]
tokenizer = AutoTokenizer.from_pretrained("distilbert/distilbert-base-uncased")


tokenized_imdb = imdb.map(preprocess_function, batched=True)
collator = DataCollatorWithPadding(tokenizer=tokenizer)
accuracy = evaluate.load("accuracy")


def compute_metrics(eval_pred):
    logits, labels = eval_pred
    return accuracy.compute(predictions=np.argmax(logits, axis=1), references=labels)


id2label = {0: "NEGATIVE", 1: "POSITIVE"}
label2id = {"NEGATIVE": 0, "POSITIVE": 1}

model = AutoModelForSequenceClassification.from_pretrained("distilbert/distilbert-base-uncased", num_labels=2, id2label=id2label, label2id=label2id)

args = TrainingArguments(
    output_dir="my_awesome_model",
    learning_rate=2e-5,
    per_device_train_batch_size=16,
    num_train_epochs=2,
    eval_strategy="epoch",
    save_strategy="epoch",
    load_best_model_at_end=True,
    push_to_hub=True)

trainer = Trainer(model=model, args=args, train_dataset=tokenized_imdb["train"], eval_dataset=tokenized_imdb["test"],
                  processing_class=tokenizer, data_collator=collator, compute_metrics=compute_metrics)

steps = (len(tokenized_imdb["train"]) // 16) * 5
optimizer, schedule = create_optimizer(init_lr=2e-5, num_warmup_steps=0, num_train_steps=steps)
