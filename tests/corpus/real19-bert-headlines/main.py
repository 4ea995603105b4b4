import numpy as np
import torch
from datasets import load_dataset, load_metric
from transformers import (AutoModelForSequenceClassification, AutoTokenizer, DataCollatorWithPadding, Trainer,
                          TrainingArguments)

imdb = load_dataset('imdb')

# a small slice of imdb is enough to try things out
train_part = imdb['train'].shuffle(seed=42).select(range(3_000))
test_part = imdb['test'].shuffle(seed=42).select(range(300))

tokenizer = AutoTokenizer.from_pretrained('distilbert-base-uncased')


def tokenize(batch):
    return tokenizer(batch['text'], truncation=True)


train_tok = train_part.map(tokenize, batched=True)
test_tok = test_part.map(tokenize, batched=True)
collator = DataCollatorWithPadding(tokenizer=tokenizer)

model = AutoModelForSequenceClassification.from_pretrained('distilbert-base-uncased', num_labels=3)


def compute_metrics(eval_pred):
    acc_metric = load_metric('accuracy')
    f1_metric = load_metric('f1')
    logits, labels = eval_pred
    preds = np.argmax(logits, axis=1)
    return {
        'accuracy': acc_metric.compute(predictions=preds, references=labels)['accuracy'],
        'f1': f1_metric.compute(predictions=preds, references=labels)['f1'],
    }


args = TrainingArguments(
    output_dir='./models/my_model',
    learning_rate=2e-5,
    per_device_train_batch_size=16,
    num_train_epochs=2,
    weight_decay=0.001,
    save_strategy='epoch',
)

trainer = Trainer(model=model, args=args, train_dataset=train_tok, eval_dataset=test_tok, tokenizer=tokenizer,
                  data_collator=collator, compute_metrics=compute_metrics)
