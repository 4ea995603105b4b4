import argparse
import sys
from collections import defaultdict

import anndata as ad
import numpy as np
import pandas as pd
import torch
from modelgenerator.tasks import Embed
from tqdm import tqdm

sys.path.append('ModelGenerator/experiments/AIDO.Cell')
import cell_utils

parser = argparse.ArgumentParser(description='Generate embeddings using AIDO.Cell')
parser.add_argument('--input', required=True, help='Path to input CSV file (first column: ID, remaining columns: gene symbols)')
parser.add_argument('--output_base', required=True, help='Base path for output files')
parser.add_argument('--model', required=True, choices=['aido_cell_3m', 'aido_cell_10m', 'aido_cell_100m'], help='Model to use for embeddings')
args = parser.parse_args()

df = pd.read_csv(args.input)
cell_ids = df.iloc[:, 0].values
adata = ad.AnnData(X=df.iloc[:, 1:].values)
adata.obs['cell_id'] = cell_ids
adata.var_names = df.columns[1:]
adata.obs_names = cell_ids

aligned_adata, attention_mask = cell_utils.align_adata(adata)

batch_size = 32
device = 'cuda'
model = Embed.from_config({
    "model.backbone": args.model,
    "model.batch_size": batch_size
}).eval().to(device).to(torch.bfloat16)

X = aligned_adata.X.astype(np.float32)
all_embeddings = []
for i in tqdm(range(0, X.shape[0], batch_size)):
    batch = torch.from_numpy(X[i:i + batch_size]).to(torch.bfloat16).to(device)
    mask = torch.tensor(attention_mask, dtype=torch.long).to(device).unsqueeze(0).expand(batch.size(0), -1)
    with torch.no_grad():
        embs = model(model.transform({'sequences': batch, 'attention_mask': mask}))
    all_embeddings.append(embs.to(dtype=float).cpu().numpy())

all_embeddings = np.vstack(all_embeddings)
np.save(f'{args.output_base}_embeddings.npy', all_embeddings.mean(axis=1))

cell_gene_embeddings = defaultdict(dict)
for i, cell_id in enumerate(cell_ids):
    for j, gene_name in enumerate(aligned_adata.var_names):
        cell_gene_embeddings[cell_id][gene_name] = all_embeddings[i, j]
np.save(f'{args.output_base}_gene_embeddings.npy', cell_gene_embeddings)
