import argparse
import logging

import torch
import torch.nn as nn
import torch_geometric.transforms as T
from datasets import load_dataset
from ogb.nodeproppred import PygNodePropPredDataset
from torch import Tensor
from torch.utils.data import DataLoader, Dataset
from tqdm import tqdm
from transformers import AdamW, AutoModel, AutoTokenizer

parser = argparse.ArgumentParser(description='OGBN-Arxiv (GNN)')
parser.add_argument('--device', type=int, default=0)
parser.add_argument('--lr', type=float, default=1e-4)
parser.add_argument('--num_epochs', type=int, default=10)
parser.add_argument('--eval_every', type=int, default=1000)
parser.add_argument('--batch_size', type=int, default=8)
parser.add_argument('--model_name', type=str, default='sage')
parser.add_argument('--log_path', type=str, default='logs/lm_finetune_t5base_node_cls.logs')
parser.add_argument('--save_path', type=str, default='save_lm_finetune/t5base_mode_cls.pt')
args = parser.parse_args()

logging.basicConfig(filename=args.log_path, level=logging.INFO)

# Load the dataset
arxiv_data = load_dataset("hubin/arxiv_title_abstract")
device = args.device
max_seq_len = 256


class MyDataset(Dataset):
    def __init__(self, data, label):
        self.data, self.label = data, label

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.data[index], self.label[index]


graph_dataset = PygNodePropPredDataset(name='ogbn-arxiv', transform=T.Compose([T.ToUndirected(), T.ToSparseTensor()]), root='datasets')
data = graph_dataset[0].to(device)
split_idx = graph_dataset.get_idx_split()
y_train = data.y[split_idx['train'].to(device)]
dataloader_train = DataLoader(MyDataset(arxiv_data['train']['text'], y_train), batch_size=args.batch_size, shuffle=True)


def average_pool(last_hidden_states: Tensor, attention_mask: Tensor) -> Tensor:
    last_hidden = last_hidden_states.masked_fill(~attention_mask[..., None].bool(), 0.0)
    return last_hidden.sum(dim=1) / attention_mask.sum(dim=1)[..., None]


tokenizer = AutoTokenizer.from_pretrained('sentence-transformers/sentence-t5-base')
t5_model = AutoModel.from_pretrained('sentence-transformers/sentence-t5-base')


class e5_cls_model(nn.Module):
    def __init__(self):
        super().__init__()
        self.t5_model = t5_model.encoder
        self.mlp = nn.Sequential(nn.Linear(768, 256), nn.ReLU(), nn.Linear(256, 40))

    def forward(self, x):
        outputs = self.t5_model(**x)
        return self.mlp(average_pool(outputs.last_hidden_state, x['attention_mask']))


model = e5_cls_model().to(device)


def train_model():
    criterion = nn.CrossEntropyLoss()
    optimizer = AdamW(model.parameters(), lr=args.lr)
    for epoch in range(args.num_epochs):
        for text, labels in tqdm(dataloader_train):
            model.train()
            batch = tokenizer(text, padding='max_length', max_length=max_seq_len, return_tensors='pt', truncation=True).to(device)
            loss = criterion(model(batch), labels.reshape(-1).to(device))
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
        torch.save(model, args.save_path)


train_model()
