import argparse
import json
import os
import random

import numpy as np
import torch
import torch.nn as nn
from torch.utils.data import ConcatDataset, DataLoader, Dataset
from transformers import AutoTokenizer, DebertaV2Model

from utils.meters import AverageMeter


def setup_seed(seed):
    torch.manual_seed(seed)
    np.random.seed(seed)
    random.seed(seed)


class RouterDataset(Dataset):
    def __init__(self, data_path, max_len=512, size=None, data_type="multi_attempt", dataset_id=0):
        with open(data_path) as f:
            self.data = json.load(f)
        if size:
            while len(self.data) < size:
                self.data.extend(self.data)
            self.data = self.data[:size]
        self.router_node = list(self.data[0]['scores'].keys())
        self.tokenizer = None
        self.max_len = max_len
        self.data_type = data_type
        self.dataset_id = dataset_id

    def __getitem__(self, i):
        row = self.data[i]
        enc = self.tokenizer(row['question'], max_length=self.max_len, padding="max_length",
                             truncation=True, return_tensors="pt")
        enc = {k: v.flatten() for k, v in enc.items()}
        return enc, torch.tensor(list(row['scores'].values())), self.dataset_id, row.get("cluster_id", 0)

    def __len__(self):
        return len(self.data)


class RouterModule(nn.Module):
    def __init__(self, backbone, hidden_state_dim=768, node_size=3, similarity_function="cos"):
        super().__init__()
        self.backbone = backbone
        self.embeddings = nn.Embedding(node_size, hidden_state_dim)
        self.similarity_function = similarity_function

    def forward(self, t=1, **inputs):
        h = self.backbone(**inputs)['last_hidden_state'][:, 0, :]
        w = self.embeddings.weight
        x = (h @ w.T) / (torch.norm(h, dim=1, keepdim=True) * torch.norm(w, dim=1)) if self.similarity_function == "cos" else h @ w.T
        return x / t, h


if __name__ == '__main__':
    parser = argparse.ArgumentParser(description="training code for the router")
    parser.add_argument('--data_paths', nargs='+', default=["./datasets/split2_model7_cluster/gsm8k-train.json", "./datasets/split2_model7_cluster/humaneval_train.json", "./datasets/split2_model7_cluster/mmlu_train.json"])
    parser.add_argument('--test_data_paths', nargs='+', default=["./datasets/split2_model7/gsm8k-test.json", "./datasets/split2_model7/humaneval_test.json", "./datasets/split2_model7/mmlu_test.json"])
    parser.add_argument('--batch_size', type=int, default=64)
    parser.add_argument('--training_steps', type=int, default=1000)
    parser.add_argument('--learning_rate', type=float, default=0.00005)
    parser.add_argument('--save_path', type=str, default='./logs/router_debug/')
    parser.add_argument('--similarity_function', type=str, default='cos')
    parser.add_argument('--seed', type=int, default=42)
    args = parser.parse_args()
    os.makedirs(args.save_path, exist_ok=True)
    setup_seed(args.seed)

    # router backbone (mdeberta-v3-base)
    tokenizer = AutoTokenizer.from_pretrained("microsoft/mdeberta-v3-base", truncation_side='left', padding=True)
    encoder_model = DebertaV2Model.from_pretrained("microsoft/mdeberta-v3-base")

    sets = [RouterDataset(p, size=1000, dataset_id=i) for i, p in enumerate(args.data_paths)]
    for s in sets:
        s.tokenizer = tokenizer
    router = RouterModule(encoder_model, node_size=len(sets[0].router_node),
                          similarity_function=args.similarity_function).to("cuda")
    optimizer = torch.optim.AdamW(router.parameters(), lr=args.learning_rate)
    loader = DataLoader(ConcatDataset(sets), batch_size=args.batch_size, shuffle=True)
    losses = AverageMeter('Loss', ':3.2f')
    torch.save(router.state_dict(), os.path.join(args.save_path, "best_model.pth"))
