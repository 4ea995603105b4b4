import os
import pickle

import click
import clip
import torch
from torch.utils.data import DataLoader
from tqdm import tqdm

from search_dataset import ClipSearchDataset


@click.command()
@click.option('--img_dir', default='/home/data/lumen', help='Directory of images.')
@click.option('--save_path', default='results/embeddings.pkl', help='Path to save the embeddings.')
@click.option('--batch_size', default=256, help='Batch size for DataLoader.')
@click.option('--num_workers', default=40, help='Number of workers for DataLoader.')
def compute_embeddings(img_dir, save_path, batch_size, num_workers):
    os.makedirs(os.path.dirname(save_path), exist_ok=True)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    model, preprocess = clip.load('ViT-B/32', device)
    loader = DataLoader(ClipSearchDataset(img_dir=img_dir, preprocess=preprocess),
                        batch_size=batch_size, shuffle=False, num_workers=num_workers)
    paths, embeddings = [], []
    for img, img_path in tqdm(loader):
        with torch.no_grad():
            features = model.encode_image(img.to(device))
            features /= features.norm(dim=-1, keepdim=True)
        embeddings.extend(features.cpu().numpy())
        paths.extend(img_path)
    with open(save_path, 'wb') as f:
        pickle.dump({'img_path': paths, 'embedding': embeddings}, f, protocol=4)


if __name__ == "__main__":
    compute_embeddings()
