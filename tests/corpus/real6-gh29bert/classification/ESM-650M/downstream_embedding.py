import numpy as np
import torch
from Bio import SeqIO
from sklearn.model_selection import KFold
from transformers import AutoTokenizer, EsmModel

tokenizer = AutoTokenizer.from_pretrained("facebook/esm2_t33_650M_UR50D",cache_dir='./')
model = EsmModel.from_pretrained("facebook/esm2_t33_650M_UR50D",cache_dir='./')


def load_fasta(path):
    return [str(rec.seq) for rec in SeqIO.parse(path, "fasta")]


feats, targets = [], []
folds = KFold(n_splits=10, shuffle=True, random_state=48)

for cluster in range(1, 46):
    seqs = load_fasta(f'../../data/new/fasta/cluster_{cluster}_combined.fasta')
    onehot = np.zeros(45)
    onehot[cluster - 1] = 1.0
    for seq in seqs:
        enc = tokenizer(seq, return_tensors="pt")
        with torch.no_grad():
            hidden = model(**enc).last_hidden_state
        feats.append(hidden.squeeze().numpy())
        targets.append(onehot)
    print(cluster)

feats = np.array(feats, dtype=object)

for k, (tr, te) in enumerate(folds.split(feats), start=1):
    np.savez(f'../../data/new/npz/train/ESM_650M_train_fold{k}.npz', x=feats[tr], y=[targets[i] for i in tr], allow_pickle=True)
    np.savez(f'../../data/new/npz/test/ESM_650M_test_fold{k}.npz', x=feats[te], y=[targets[i] for i in te], allow_pickle=True)
    break
