"""
Fine-tune BART on XSum, optionally with an entailment-based reward.
Started from https://github.com/elsanns/xai-nlp-notebooks/blob/master/fine_tune_bart_summarization_two_langs.ipynb
"""

import torch
import numpy as np
import datasets
from transformers import (
    AutoModelForSeq2SeqLM,
    AutoTokenizer,
    Seq2SeqTrainingArguments,
    Seq2SeqTrainer,
    DataCollatorForSeq2Seq,
)
import nltk

from EntailmentReward import EntailmentReward

# switches
TOY = False
USE_TRAINED = False
USE_RL = True
EVAL_ONLY = False
encoder_max_length = 512
decoder_max_length = 56
NUM_EPOCHS = 10
WARMUP_STEPS = 500


model_name = "facebook/bart-base"
trained_model_name = "results3/checkpoint-350000/"

if USE_TRAINED:
    model = AutoModelForSeq2SeqLM.from_pretrained(trained_model_name)
    tokenizer = AutoTokenizer.from_pretrained(trained_model_name)
else:
    model = AutoModelForSeq2SeqLM.from_pretrained(model_name)
    tokenizer = AutoTokenizer.from_pretrained(model_name)

dataset = datasets.load_dataset("xsum")

nltk.download("punkt", quiet=True)
metric = datasets.load_metric("rouge")

train_data_txt, validation_data_txt = dataset["train"], dataset["validation"]

if TOY:
    train_data_txt = dataset["train"].select(range(50))
    validation_data_txt = dataset["validation"].select(range(16))
    WARMUP_STEPS = 50


def batch_tokenize_preprocess(batch, tokenizer, max_source_length, max_target_length):
    source = tokenizer(batch["document"], padding="max_length", truncation=True, max_length=max_source_length)
    target = tokenizer(batch["summary"], padding="max_length", truncation=True, max_length=max_target_length)
    out = dict(source)
    # padding positions are ignored by the loss
    out["labels"] = [[-100 if t == tokenizer.pad_token_id else t for t in row] for row in target["input_ids"]]
    return out


train_data = train_data_txt.map(
    lambda b: batch_tokenize_preprocess(b, tokenizer, encoder_max_length, decoder_max_length),
    batched=True, remove_columns=train_data_txt.column_names,
)
validation_data = validation_data_txt.map(
    lambda b: batch_tokenize_preprocess(b, tokenizer, encoder_max_length, decoder_max_length),
    batched=True, remove_columns=validation_data_txt.column_names,
)

# (excerpt: compute_metrics omitted)

training_args = Seq2SeqTrainingArguments(
    output_dir="results",
    num_train_epochs=NUM_EPOCHS,
    do_train=True,
    do_eval=True,
    per_device_train_batch_size=2,
    per_device_eval_batch_size=2,
    warmup_steps=WARMUP_STEPS,
    weight_decay=0.1,
    label_smoothing_factor=0.1,
    predict_with_generate=True,
    logging_dir="logs",
    logging_steps=50,
    save_total_limit=3,
)

data_collator = DataCollatorForSeq2Seq(tokenizer, model=model)
trainer_cls = EntailmentReward if USE_RL else Seq2SeqTrainer
trainer = trainer_cls(
    model=model,
    args=training_args,
    data_collator=data_collator,
    train_dataset=train_data,
    eval_dataset=validation_data,
    tokenizer=tokenizer,
)

if not EVAL_ONLY:
    trainer.train()
trainer.evaluate()

# compare with the untouched checkpoint
model_before_tuning = AutoModelForSeq2SeqLM.from_pretrained(model_name)
