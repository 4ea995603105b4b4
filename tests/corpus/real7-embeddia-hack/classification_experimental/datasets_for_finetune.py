import torch
from transformers import AutoTokenizer

from hackashop_datasets.cro_24sata import load_cro_dev, load_cro_dev2, load_cro_train, load_cro_train2
from hackashop_datasets.est_express import load_est_dev, load_est_dev2, load_est_train, load_est_train2
from hackashop_datasets.load_data import load_toxic_en_data
from hackashop_datasets.panbot import load_panbot
from hackashop_datasets.ynacc import load_ynacc_data


class TaskDataset(torch.utils.data.Dataset):
    """Wraps the hackathon corpora as a tokenized torch dataset."""

    def __init__(self, texts, labels, max_len, tokenizer):
        self.tok = AutoTokenizer.from_pretrained(tokenizer)
        self.labels = labels
        self.n = len(texts)
        self.enc = self.tok(texts, truncation=True, padding=True, max_length=max_len)

    def __getitem__(self, i):
        item = {k: torch.tensor(v[i]) for k, v in self.enc.items()}
        if self.labels:
            item["labels"] = torch.tensor(self.labels[i])
        return item

    def __len__(self):
        return self.n


DATA_LOADERS = {
    "ynacc": load_ynacc_data,
    "en_toxic": load_toxic_en_data,
    "pan_bot": load_panbot,
    "cro_train": load_cro_train,        # 40k examples
    "cro_train_large": load_cro_train2,  # 80k examples
    "cro_dev": load_cro_dev,
    "cro_dev_large": load_cro_dev2,
    "est_train": load_est_train,
    "est_train_large": load_est_train2,
    "est_dev": load_est_dev,
    "est_dev_large": load_est_dev2,
}

if __name__ == "__main__":
    for name, loader in DATA_LOADERS.items():
        if name.startswith(("cro", "est")):
            xs, ys = loader()
            print(name, ys[:3], xs[:3])
