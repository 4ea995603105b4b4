import faiss
import pandas as pd
from flask import Flask, jsonify, request
from sentence_transformers import SentenceTransformer


def load_data_and_index(metadata_path='movie_metadata.csv', index_path='movie_index.faiss'):
    """Load metadata and FAISS index."""
    return pd.read_csv(metadata_path), faiss.read_index(index_path)


def get_top_movie(query_summary, df, index, model, top_k=1):
    query_emb = model.encode([query_summary]).astype('float32')
    distances, indices = index.search(query_emb, top_k)
    return df.iloc[indices[0]].to_dict('records')


app = Flask(__name__)

df, index = load_data_and_index()
model = SentenceTransformer('fine_tuned_model')


@app.route('/predict', methods=['POST'])
def predict():
    top_movie = get_top_movie(request.json['summary'], df, index, model, top_k=1)[0]
    return jsonify({'movie_name': top_movie['movie name'], 'year': top_movie['year'], 'genres': top_movie['genres']})


if __name__ == '__main__':
    app.run(port=5000)
