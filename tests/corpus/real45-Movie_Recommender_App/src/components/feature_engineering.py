import ast
import logging
import os

import pandas as pd
from sentence_transformers import SentenceTransformer

from src.utils.load_yaml_file import load_yaml

embeddings_folder = load_yaml()['embeddings_folder']

logging.basicConfig(level=logging.INFO, format='%(asctime)s - %(levelname)s - %(message)s')


def calculate_weighted_rate(vote_average, vote_count, min_vote_count=10):
    """IMDB-style weighted rating."""
    return (vote_count / (vote_count + min_vote_count)) * vote_average + (
        min_vote_count / (vote_count + min_vote_count)) * 5.0


def create_features(path: str) -> pd.DataFrame:
    data = pd.read_csv(path, low_memory=False)
    min_vote_count = data['vote_count'].quantile(0.95)
    data['weighted_rate'] = data.apply(
        lambda row: calculate_weighted_rate(row['vote_average'], row['vote_count'], min_vote_count), axis=1)
    data['combined_info'] = data.apply(
        lambda row: f"Title: {row['original_title']} Overview: {row['overview']} "
                    f"Genres: {', '.join(row['genres'])} Rating: {row['weighted_rate']}", axis=1)
    return data


def generate_embeddings(path: str) -> pd.DataFrame:
    data = create_features(path)
    # lighter, faster pre-trained sentence model
    model = SentenceTransformer('paraphrase-MiniLM-L6-v2')
    logging.info('model successfully downloaded')

    embeddings = model.encode(data['combined_info'].tolist(), show_progress_bar=False)
    data['vector'] = embeddings.tolist()
    data['vector'] = data['vector'].apply(lambda x: ast.literal_eval(x) if isinstance(x, str) else x)

    os.makedirs(embeddings_folder, exist_ok=True)
    data.to_csv(os.path.join(embeddings_folder, 'embeddings.csv'), index=False)
    return data
