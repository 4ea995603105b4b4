"""
BERT-based ticket classifier
"""
import os
from typing import List, Tuple, Dict

import torch
import torch.nn as nn
from transformers import BertModel, BertTokenizer

from app.config import Config


class BertTicketClassifier:
    """BERT-based classifier for support tickets"""

    def __init__(self):
        self.device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
        self.tokenizer = BertTokenizer.from_pretrained('bert-base-uncased')
        self.model = None
        self.category_labels = Config.TICKET_CATEGORIES
        self.urgency_labels = Config.URGENCY_LEVELS

    def load_model(self):
        self.model = TicketClassificationModel(len(self.category_labels), len(self.urgency_labels))
        if os.path.exists(Config.MODEL_PATH):
            self.model.load_state_dict(torch.load(Config.MODEL_PATH, map_location=self.device))
        else:
            print("Warning: No pre-trained model found. Initializing with random weights.")
        self.model.to(self.device)
        self.model.eval()

    def predict(self, text: str) -> Tuple[str, str, float]:
        if self.model is None:
            self.load_model()
        inputs = self.tokenizer(text, padding=True, truncation=True,
                                max_length=Config.MAX_SEQUENCE_LENGTH, return_tensors='pt')
        with torch.no_grad():
            cat_logits, urg_logits = self.model(inputs['input_ids'].to(self.device),
                                                inputs['attention_mask'].to(self.device))
            cat_probs = torch.softmax(cat_logits, dim=-1)
            cat_idx = torch.argmax(cat_probs, dim=-1).item()
            urg_idx = torch.argmax(urg_logits, dim=-1).item()
        return self.category_labels[cat_idx], self.urgency_labels[urg_idx], cat_probs[0][cat_idx].item()


class TicketClassificationModel(nn.Module):
    """Neural network model for ticket classification"""

    def __init__(self, num_categories, num_urgency_levels, dropout_rate=0.3):
        super().__init__()
        # BERT base model
        self.bert = BertModel.from_pretrained('bert-base-uncased')
        hidden_size = self.bert.config.hidden_size
        self.category_classifier = nn.Sequential(nn.Linear(hidden_size, 256), nn.ReLU(),
                                                 nn.Dropout(dropout_rate), nn.Linear(256, num_categories))
        self.urgency_classifier = nn.Sequential(nn.Linear(hidden_size, 256), nn.ReLU(),
                                                nn.Dropout(dropout_rate), nn.Linear(256, num_urgency_levels))

    def forward(self, input_ids, attention_mask):
        pooled = self.bert(input_ids=input_ids, attention_mask=attention_mask).pooler_output
        return self.category_classifier(pooled), self.urgency_classifier(pooled)
