from datasets import load_dataset
from transformers import BartTokenizer, BartForConditionalGeneration, AdamW
import torch
from torch.utils.data import DataLoader
from tqdm.auto import tqdm

# Load tokenizer and dataset
tokenizer = BartTokenizer.from_pretrained("facebook/bart-large")
dataset = load_dataset("glue", "mrpc")


def preprocess_function(examples):
    inputs = tokenizer(["paraphrase: " + doc for doc in examples["sentence1"]], padding="max_length", truncation=True, max_length=128, return_tensors="pt")
    targets = tokenizer(examples["sentence2"], padding="max_length", truncation=True, max_length=128, return_tensors="pt")
    inputs["decoder_input_ids"] = targets.input_ids
    return inputs


tokenized_datasets = dataset.map(preprocess_function, batched=True)
tokenized_datasets.set_format(type="torch", columns=["input_ids", "attention_mask", "decoder_input_ids"])
train_dataset = tokenized_datasets["train"]

model = BartForConditionalGeneration.from_pretrained("facebook/bart-large")
device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
model.to(device)

train_loader = DataLoader(train_dataset, batch_size=4, shuffle=True)
optimizer = AdamW(model.parameters(), lr=5e-5)

model.train()
for epoch in range(3):
    loop = tqdm(train_loader, leave=True)
    for batch in loop:
        optimizer.zero_grad()
        input_ids = batch['input_ids'].to(device)
        outputs = model(input_ids=input_ids, attention_mask=batch['attention_mask'].to(device),
                        decoder_input_ids=batch['decoder_input_ids'].to(device), labels=batch['decoder_input_ids'].to(device))
        outputs.loss.backward()
        optimizer.step()
        loop.set_postfix(loss=outputs.loss.item())
model.save_pretrained("./final_bart_paraphrase_model")
tokenizer.save_pretrained("./final_bart_paraphrase_model")
