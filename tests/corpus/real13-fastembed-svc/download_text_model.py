import os

from fastembed import TextEmbedding


def fetch():
    name = os.getenv('TEXT_EMBEDDING_MODEL', 'BAAI/bge-small-en-v1.5')
    print(f"Fetching text embedding model: {name}")
    TextEmbedding(model_name=name)
    print("done.")


if __name__ == "__main__":
    fetch()
