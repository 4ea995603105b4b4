"""
Training script for BERT ticket classifier
"""
import os
import json

import pandas as pd
import torch
import torch.nn as nn
from sklearn.model_selection import train_test_split
from torch.utils.data import DataLoader, Dataset
from tqdm import tqdm
from transformers import BertTokenizer, AdamW

from models.bert_classifier import TicketClassificationModel
from app.config import Config


class TicketDataset(Dataset):
    def __init__(self, texts, categories, urgencies, tokenizer, max_length=128):
        self.texts, self.categories, self.urgencies = texts, categories, urgencies
        self.tokenizer, self.max_length = tokenizer, max_length

    def __len__(self):
        return len(self.texts)

    def __getitem__(self, idx):
        enc = self.tokenizer(str(self.texts[idx]), truncation=True, padding='max_length',
                             max_length=self.max_length, return_tensors='pt')
        return {'input_ids': enc['input_ids'].flatten(), 'attention_mask': enc['attention_mask'].flatten(),
                'category_label': torch.tensor(self.categories[idx]), 'urgency_label': torch.tensor(self.urgencies[idx])}


def train_model(train_data_path, model_save_path, epochs=10, batch_size=16):
    df = pd.read_csv(train_data_path)
    df['category_idx'] = df['category'].map({c: i for i, c in enumerate(Config.TICKET_CATEGORIES)})
    df['urgency_idx'] = df['urgency'].map({u: i for i, u in enumerate(Config.URGENCY_LEVELS)})
    texts = (df['title'] + " " + df['description']).tolist()

    X_train, X_val, c_train, c_val, u_train, u_val = train_test_split(
        texts, df['category_idx'].tolist(), df['urgency_idx'].tolist(), test_size=0.2, random_state=42)

    # Initialize tokenizer
    tokenizer = BertTokenizer.from_pretrained('bert-base-uncased')

    train_loader = DataLoader(TicketDataset(X_train, c_train, u_train, tokenizer), batch_size=batch_size, shuffle=True)
    device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
    model = TicketClassificationModel(len(Config.TICKET_CATEGORIES), len(Config.URGENCY_LEVELS)).to(device)
    criterion = nn.CrossEntropyLoss()
    optimizer = AdamW(model.parameters(), lr=2e-5)

    best = float('inf')
    for epoch in range(epochs):
        model.train()
        total = 0.0
        for batch in tqdm(train_loader, desc=f'Epoch {epoch+1}/{epochs}'):
            optimizer.zero_grad()
            cat_logits, urg_logits = model(batch['input_ids'].to(device), batch['attention_mask'].to(device))
            loss = criterion(cat_logits, batch['category_label'].to(device)) + criterion(urg_logits, batch['urgency_label'].to(device))
            loss.backward()
            optimizer.step()
            total += loss.item()
        if total < best:
            best = total
            torch.save(model.state_dict(), model_save_path)
            with open(model_save_path.replace('.pt', '_metrics.json'), 'w') as f:
                json.dump({'epoch': epoch + 1, 'train_loss': total}, f, indent=4)
    return model


if __name__ == "__main__":
    train_data_path = "./data/training_tickets.csv"
    model_save_path = "./models/saved/bert_classifier.pt"
    os.makedirs(os.path.dirname(model_save_path), exist_ok=True)
    train_model(train_data_path, model_save_path, epochs=10, batch_size=16)
