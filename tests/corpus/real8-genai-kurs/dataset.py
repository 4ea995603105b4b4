import h5py
import numpy as np
from torch.utils.data import Dataset
from transformers import GPT2Tokenizer


class TokenWindows(Dataset):
    def __init__(self, tokens, seq_len):
        self.tokens = tokens
        self.seq_len = seq_len

    def __len__(self):
        return len(self.tokens) - self.seq_len

    def __getitem__(self, idx):
        return self.tokens[idx:idx + self.seq_len], self.tokens[idx + 1:idx + self.seq_len + 1]


def prepare_data(data_path, h5_path, seq_len=32, val_split=0.1):
    # Text laden (auf 500k Zeichen begrenzt)
    with open(data_path, 'r', encoding='utf-8') as f:
        text = f.read()[:500000]

    # Tokenisierung
    tokenizer = GPT2Tokenizer.from_pretrained("gpt2")
    tokens = np.array(tokenizer.encode(text))

    # Tokens in HDF5 ablegen
    with h5py.File(h5_path, "w") as f:
        f.create_dataset("tokens", data=tokens)

    cut = int((1 - val_split) * len(tokens))
    return TokenWindows(tokens[:cut], seq_len), TokenWindows(tokens[cut:], seq_len), tokenizer
