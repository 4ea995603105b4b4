import os

from fastembed import ImageEmbedding, TextEmbedding


def download_models():
    text_model = os.getenv('TEXT_EMBEDDING_MODEL', 'BAAI/bge-small-en-v1.5')
    image_model = os.getenv('IMAGE_EMBEDDING_MODEL', 'Qdrant/clip-ViT-B-32-vision')

    print(f"Downloading text embedding model: {text_model}")
    TextEmbedding(model_name=text_model)

    print(f"Downloading image embedding model: {image_model}")
    ImageEmbedding(model_name=image_model)
    print("Models downloaded.")


if __name__ == "__main__":
    download_models()
