from datasets import load_dataset
from transformers import DistilBertForSequenceClassification, DistilBertTokenizer, Trainer, TrainingArguments

reviews = load_dataset("imdb")
tok = DistilBertTokenizer.from_pretrained("distilbert-base-uncased")


def encode(batch):
    return tok(batch["text"], truncation=True, padding="max_length", max_length=256)


encoded = reviews.map(encode, batched=True)
train_small = encoded["train"].shuffle(seed=42).select(range(500))
test_small = encoded["test"].shuffle(seed=42).select(range(250))

clf = DistilBertForSequenceClassification.from_pretrained("distilbert-base-uncased")

args = TrainingArguments(
    output_dir="./results",
    evaluation_strategy="epoch",
    num_train_epochs=1,
    per_device_train_batch_size=4,
    logging_steps=10,
    save_total_limit=1,
)

trainer = Trainer(model=clf, args=args, train_dataset=train_small, eval_dataset=test_small, tokenizer=tok)
trainer.train()
trainer.evaluate()
