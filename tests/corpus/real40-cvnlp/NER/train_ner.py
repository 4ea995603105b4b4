import numpy as np
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset

from transformers import AutoConfig, AutoModelForTokenClassification, AutoTokenizer

# Define the pre-trained model to use
MODEL_NAME = "bert-base-cased"
tokenizer = AutoTokenizer.from_pretrained(MODEL_NAME)


def tokenize_sample(sample):
    seq = [
        (subtoken, tag)
        for token, tag in sample
        for subtoken in tokenizer(token)['input_ids'][1:-1]
    ]
    # [CLS] (3) at start and [SEP] (4) at end with 'O' tag
    return [(3, 'O')] + seq + [(4, 'O')]


def preprocess(samples, schema):
    tag_index = {tag: i for i, tag in enumerate(schema)}
    tokenized = list(map(tokenize_sample, samples))
    max_len = max(map(len, tokenized))
    X = np.zeros((len(samples), max_len), dtype=np.int32)
    y = np.zeros((len(samples), max_len), dtype=np.int32)
    for i, sentence in enumerate(tokenized):
        for j, (subtoken_id, tag) in enumerate(sentence):
            X[i, j] = subtoken_id
            y[i, j] = tag_index[tag]
    return X, y


def load_dataset(filepath):
    # CoNLL-like: "token tag" per line, blank line between sentences
    final, sentence = [], []
    with open(filepath, 'r') as f:
        for line in f:
            if line == "\n":
                if sentence:
                    final.append(sentence)
                    sentence = []
            else:
                parts = line.split(' ')
                sentence.append((parts[0], parts[1].strip('\n')))
    return final


def main():
    train_samples = load_dataset('dataNER/train.txt')
    test_samples = load_dataset('dataNER/test.txt')
    valid_samples = load_dataset('dataNER/valid.txt')

    schema = ['_'] + sorted({tag for s in train_samples + test_samples for _, tag in s})
    X_train, y_train = preprocess(train_samples, schema)
    train_loader = DataLoader(
        TensorDataset(torch.tensor(X_train, dtype=torch.long), torch.tensor(y_train, dtype=torch.long)),
        batch_size=8, shuffle=True,
    )

    config = AutoConfig.from_pretrained(
        MODEL_NAME,
        num_labels=len(schema),
    )
    model = AutoModelForTokenClassification.from_pretrained(MODEL_NAME, config=config)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    model.to(device)
    optimizer = torch.optim.AdamW(model.parameters(), lr=1e-5)

    for epoch in range(3):
        model.train()
        total = 0.0
        for input_ids, labels in train_loader:
            optimizer.zero_grad()
            loss = model(input_ids=input_ids.to(device), labels=labels.to(device)).loss
            loss.backward()
            optimizer.step()
            total += loss.item()
        print(f"Epoch {epoch + 1}/3 - Train Loss: {total / len(train_loader):.4f}")


if __name__ == '__main__':
    main()
