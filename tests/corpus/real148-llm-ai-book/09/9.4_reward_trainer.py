# imports
from transformers import AutoModelForSequenceClassification, AutoTokenizer
from trl import RewardTrainer

# model + tokenizer; the dataset must already be in paired preference format
model = AutoModelForSequenceClassification.from_pretrained(
    "gpt2",
    num_labels=1
)
tokenizer = AutoTokenizer.from_pretrained("gpt2")
# trainer
trainer = RewardTrainer(
    model=model,
    tokenizer=tokenizer,
    train_dataset=dataset,
)
# run
trainer.train()
