# ==============================================================================
# LLM Classification Fine-tuning Baseline
# Competition: https://www.kaggle.com/competitions/llm-classification-finetuning
#
# INSTRUCTIONS FOR KAGGLE:
# 1. Upload distilbert-base-uncased.zip as a Kaggle dataset
# 2. Add that dataset to this notebook
# 3. Update MODEL_PATH below to match your dataset path
# ==============================================================================

import os
import numpy as np
import pandas as pd
import torch
import torch.nn as nn
from torch.optim import AdamW
from torch.utils.data import DataLoader, Dataset
from transformers import AutoModel, AutoTokenizer, get_linear_schedule_with_warmup


class Config:
    # UPDATE THIS: Path to your uploaded DistilBERT dataset (folder with config.json)
    MODEL_NAME = "/kaggle/input/distilbert-base-uncased/pytorch/default/1/models/distilbert-base-uncased"

    MAX_LENGTH = 256
    BATCH_SIZE = 16
    EPOCHS = 1
    LEARNING_RATE = 2e-5
    DEVICE = torch.device("cuda" if torch.cuda.is_available() else "cpu")

    TRAIN_DATA_PATH = "/kaggle/input/llm-classification-finetuning/train.csv"
    TEST_DATA_PATH = "/kaggle/input/llm-classification-finetuning/test.csv"
    SAMPLE_SUBMISSION_PATH = "/kaggle/input/llm-classification-finetuning/sample_submission.csv"

    SUBMISSION_PATH = "/kaggle/working/submission.csv"
    MODEL_SAVE_PATH = "/kaggle/working/best_model.pt"


config = Config()
if not os.path.exists(config.MODEL_NAME):
    print(f"ERROR: Model path not found: {config.MODEL_NAME}")
    for item in os.listdir('/kaggle/input'):
        print(f"  - /kaggle/input/{item}")


class LLMComparisonDataset(Dataset):
    def __init__(self, df, tokenizer, max_length, is_test=False):
        self.df = df.reset_index(drop=True)
        self.tokenizer = tokenizer
        self.max_length = max_length
        self.is_test = is_test

    def __len__(self):
        return len(self.df)

    def __getitem__(self, idx):
        row = self.df.iloc[idx]
        text = f"{row['prompt']} [SEP] {row['response_a']} [SEP] {row['response_b']}"
        enc = self.tokenizer(text, max_length=self.max_length, padding='max_length', truncation=True, return_tensors='pt')
        item = {'input_ids': enc['input_ids'].flatten(), 'attention_mask': enc['attention_mask'].flatten()}
        if not self.is_test:
            item['labels'] = torch.tensor([row['winner_model_a'], row['winner_model_b'], row['winner_tie']], dtype=torch.float)
        return item


class LLMComparisonModel(nn.Module):
    def __init__(self, model_name, num_classes=3):
        super().__init__()
        self.bert = AutoModel.from_pretrained(model_name)
        self.dropout = nn.Dropout(0.3)
        self.fc = nn.Linear(self.bert.config.hidden_size, num_classes)

    def forward(self, input_ids, attention_mask):
        out = self.bert(input_ids=input_ids, attention_mask=attention_mask)
        return torch.softmax(self.fc(self.dropout(out.last_hidden_state[:, 0, :])), dim=1)


train_df = pd.read_csv(config.TRAIN_DATA_PATH)
test_df = pd.read_csv(config.TEST_DATA_PATH)
sample_submission = pd.read_csv(config.SAMPLE_SUBMISSION_PATH)

tokenizer = AutoTokenizer.from_pretrained(config.MODEL_NAME)
model = LLMComparisonModel(config.MODEL_NAME).to(config.DEVICE)

train_loader = DataLoader(LLMComparisonDataset(train_df, tokenizer, config.MAX_LENGTH), batch_size=config.BATCH_SIZE, shuffle=True)
test_loader = DataLoader(LLMComparisonDataset(test_df, tokenizer, config.MAX_LENGTH, is_test=True), batch_size=config.BATCH_SIZE)

optimizer = AdamW(model.parameters(), lr=config.LEARNING_RATE)
scheduler = get_linear_schedule_with_warmup(optimizer, 0, len(train_loader) * config.EPOCHS)

for epoch in range(config.EPOCHS):
    model.train()
    for batch in train_loader:
        optimizer.zero_grad()
        probs = model(batch['input_ids'].to(config.DEVICE), batch['attention_mask'].to(config.DEVICE))
        loss = nn.BCELoss()(probs, batch['labels'].to(config.DEVICE))
        loss.backward()
        optimizer.step()
        scheduler.step()
    torch.save(model.state_dict(), config.MODEL_SAVE_PATH)

model.eval()
preds = []
with torch.no_grad():
    for batch in test_loader:
        preds.append(model(batch['input_ids'].to(config.DEVICE), batch['attention_mask'].to(config.DEVICE)).cpu().numpy())
preds = np.vstack(preds)

submission = sample_submission.copy()
submission[['winner_model_a', 'winner_model_b', 'winner_tie']] = preds
submission.to_csv(config.SUBMISSION_PATH, index=False)
print(f"Saved to: {config.SUBMISSION_PATH}")
