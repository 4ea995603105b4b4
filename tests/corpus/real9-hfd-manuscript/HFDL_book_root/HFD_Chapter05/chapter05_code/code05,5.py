# Adapting DistilBERT to sort articles into topics
# (machine learning, AI ethics, data science).

from datasets import Dataset
from transformers import AutoModelForSequenceClassification, AutoTokenizer, Trainer, TrainingArguments

samples = {"text": ["New results in deep learning.", "Bias in hiring algorithms.", "Cleaning tabular data."],
           "label": [0, 1, 2]}
ds = Dataset.from_dict(samples)

tokenizer = AutoTokenizer.from_pretrained('distilbert-base-uncased')
model = AutoModelForSequenceClassification.from_pretrained('distilbert-base-uncased', num_labels=3)

ds = ds.map(lambda ex: tokenizer(ex['text'], truncation=True, padding='max_length'), batched=True)

training_args = TrainingArguments(
    output_dir='./results',
    num_train_epochs=3,
    per_device_train_batch_size=8,
    logging_dir='./logs',
)
Trainer(model=model, args=training_args, train_dataset=ds).train()
