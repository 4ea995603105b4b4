# Fine-tune BERT to label product reviews as positive, negative or neutral:
# the same recipe adapts to most sentiment-style tasks.

from datasets import Dataset
from transformers import BertForSequenceClassification, BertTokenizer, Trainer, TrainingArguments

# A tiny in-memory dataset
rows = {"text": ["Loved it!", "Awful support.", "It was fine."],
        "label": [0, 1, 2]}  # 0 positive, 1 negative, 2 neutral
train_ds = Dataset.from_dict(rows)

# Tokenizer and classification head
tokenizer = BertTokenizer.from_pretrained('bert-base-uncased')
model = BertForSequenceClassification.from_pretrained('bert-base-uncased', num_labels=3)


def encode(batch):
    return tokenizer(batch['text'], truncation=True, padding='max_length')


train_ds = train_ds.map(encode, batched=True)

args = TrainingArguments(
    output_dir='./results',
    num_train_epochs=3,
    per_device_train_batch_size=8,
    logging_dir='./logs',
)

Trainer(model=model, args=args, train_dataset=train_ds).train()
