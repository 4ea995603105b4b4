# Case study: fine-tuning a classifier on news topics

from datasets import load_dataset
from transformers import AutoModelForSequenceClassification, AutoTokenizer, Trainer, TrainingArguments

tokenizer = AutoTokenizer.from_pretrained('distilbert-base-uncased')
model = AutoModelForSequenceClassification.from_pretrained('distilbert-base-uncased', num_labels=3)

news = load_dataset('ag_news')
news = news.map(
    lambda ex: {'labels': ex['label'], **tokenizer(ex['text'], padding='max_length', truncation=True)},
    batched=True,
)

args = TrainingArguments(output_dir='./results', num_train_epochs=4, per_device_train_batch_size=8)

trainer = Trainer(model=model, args=args, train_dataset=news['train'], eval_dataset=news['test'])
trainer.train()
