import pandas as pd
from transformers import AutoModelForSequenceClassification, AutoTokenizer, Trainer, TrainingArguments

# backbone
BACKBONE = "FacebookAI/xlm-roberta-large"
tokenizer = AutoTokenizer.from_pretrained(BACKBONE)
model = AutoModelForSequenceClassification.from_pretrained(BACKBONE, num_labels=5)

# FineWeb2 for training (TODO), FineWeb-C for testing
eval_df = pd.read_parquet("train-00000-of-00001.parquet")


def encode(batch):
    return tokenizer(batch["text"], padding="max_length", truncation=True)


eval_df = eval_df.map(encode, batched=True)
eval_df = eval_df.rename_column("educational_value_labels", "labels")

args = TrainingArguments(
    output_dir="./results",
    evaluation_strategy="epoch",
    save_strategy="epoch",
    per_device_train_batch_size=8,
    num_train_epochs=3,
    weight_decay=0.01,
)

trainer = Trainer(model=model, args=args, eval_dataset=eval_df)
trainer.train()
trainer.save_model("./fine_tuned_xlm_roberta")
