import re

import numpy as np
import torch
from Bio import SeqIO
from sklearn.model_selection import KFold
from transformers import T5EncoderModel, T5Tokenizer


def load_fasta(path):
    return [str(rec.seq) for rec in SeqIO.parse(path, "fasta")]


# tokenizer
t5_tok = T5Tokenizer.from_pretrained(
    "Rostlab/prot_t5_xl_half_uniref50-enc", do_lower_case=False, cache_dir="./"
)

# encoder
t5_enc = T5EncoderModel.from_pretrained(
    "Rostlab/prot_t5_xl_half_uniref50-enc", cache_dir="./"
)

xs, ys = [], []
for cluster in range(1, 46):
    label = np.zeros(45)
    label[cluster - 1] = 1.0
    for seq in load_fasta(f"../../data/new/fasta/cluster_{cluster}_combined.fasta"):
        spaced = " ".join(list(re.sub(r"[UZOB]", "X", seq)))
        ids = t5_tok([spaced], add_special_tokens=True, padding="longest")
        input_ids = torch.tensor(ids["input_ids"]).to("cuda:0")
        mask = torch.tensor(ids["attention_mask"]).to("cuda:0")
        rep = t5_enc(input_ids=input_ids, attention_mask=mask).last_hidden_state.to("cpu")
        xs.append(rep.squeeze().detach().numpy())
        ys.append(label)

xs = np.array(xs, dtype=object)
for k, (tr, te) in enumerate(KFold(n_splits=10, shuffle=True, random_state=48).split(xs), start=1):
    np.savez(f"../../data/new/npz/train/T5_train_fold{k}.npz", x=xs[tr], y=[ys[i] for i in tr], allow_pickle=True)
    np.savez(f"../../data/new/npz/test/T5_test_fold{k}.npz", x=xs[te], y=[ys[i] for i in te], allow_pickle=True)
    break
