import argparse
import json
import logging
import os

import numpy as np
import pandas as pd
import torch
from sklearn.metrics import classification_report
from torch.utils.data import DataLoader, Dataset, RandomSampler, SequentialSampler, Subset
from transformers import AdamW, BertForSequenceClassification, BertTokenizer, get_linear_schedule_with_warmup

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger(__name__)


class HateSpeechDataset(Dataset):
    def __init__(self, input_ids, attention_masks, labels):
        self.input_ids, self.attention_masks, self.labels = input_ids, attention_masks, labels

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, idx):
        return {"input_ids": self.input_ids[idx], "attention_mask": self.attention_masks[idx], "labels": self.labels[idx]}


def main():
    ## sagemaker argument parser
    parser = argparse.ArgumentParser()
    parser.add_argument('--epochs', type=int, default=3)
    parser.add_argument('--batch_size', type=int, default=32)
    parser.add_argument('--learning_rate', type=float, default=5e-5)
    parser.add_argument('--data_dir', type=str, default=os.environ.get('SM_CHANNEL_TRAIN'))
    parser.add_argument('--model_dir', type=str, default=os.environ.get('SM_MODEL_DIR'))
    parser.add_argument('--num_labels', type=int, default=3)
    args = parser.parse_args()

    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    label_list = ['hatespeech', 'offensive', 'normal']
    id2label = {i: l for i, l in enumerate(label_list)}
    label2id = {l: i for i, l in enumerate(label_list)}

    tokenizer = BertTokenizer.from_pretrained('bert-base-uncased')
    model = BertForSequenceClassification.from_pretrained(
        'bert-base-uncased',
        num_labels=args.num_labels,
        id2label=id2label,
        label2id=label2id
    )
    model.to(device)

    tokenized = torch.load(os.path.join(args.data_dir, 'text.pt'))
    dataset = HateSpeechDataset(tokenized['input_ids'], tokenized['attention_masks'], tokenized['labels'])
    with open(os.path.join(args.data_dir, 'post_id_divisions.json')) as f:
        divisions = json.load(f)
    df = pd.read_pickle(os.path.join(args.data_dir, 'formatted_data.pkl'))

    def subset(split):
        return Subset(dataset, df[df['post_id'].isin(set(divisions[split]))].index.tolist())

    train_ds, val_ds, test_ds = subset('train'), subset('val'), subset('test')
    train_dl = DataLoader(train_ds, sampler=RandomSampler(train_ds), batch_size=args.batch_size)
    test_dl = DataLoader(test_ds, sampler=SequentialSampler(test_ds), batch_size=args.batch_size)

    optimizer = AdamW(model.parameters(), lr=args.learning_rate, eps=1e-8)
    scheduler = get_linear_schedule_with_warmup(optimizer, 0, len(train_dl) * args.epochs)
    for epoch in range(args.epochs):
        model.train()
        for batch in train_dl:
            model.zero_grad()
            out = model(batch['input_ids'].to(device), attention_mask=batch['attention_mask'].to(device),
                        labels=batch['labels'].to(device))
            out.loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
        logger.info(f"epoch {epoch + 1} done")

    model.eval()
    preds, gold = [], []
    for batch in test_dl:
        with torch.no_grad():
            logits = model(batch['input_ids'].to(device), attention_mask=batch['attention_mask'].to(device)).logits
        preds.extend(np.argmax(logits.cpu().numpy(), axis=1))
        gold.extend(batch['labels'].numpy())
    logger.info(classification_report(gold, preds, digits=4))

    output_dir = os.path.join(args.model_dir, 'model')
    os.makedirs(output_dir, exist_ok=True)
    model.save_pretrained(output_dir)
    tokenizer.save_pretrained(output_dir)


if __name__ == '__main__':
    main()
