# ingest.py - LOCAL MONGODB
import os, glob, requests
from bs4 import BeautifulSoup
from sentence_transformers import SentenceTransformer
from pymongo import MongoClient

client = MongoClient("mongodb://localhost:27017/")
collection = client["rag_chatbot"]["website_docs"]

URLS = [
    "https://docs.streamlit.io/get-started",
    "https://docs.streamlit.io/library/api-reference",
    "https://docs.streamlit.io/deploy",
]

DATA_DIR = "data/pages"
os.makedirs(DATA_DIR, exist_ok=True)


def fetch_and_save():
    for i, url in enumerate(URLS):
        soup = BeautifulSoup(requests.get(url, timeout=15).text, "html.parser")
        for tag in soup(["script", "style"]):
            tag.extract()
        with open(f"{DATA_DIR}/page_{i}.txt", "w", encoding="utf-8") as f:
            f.write(soup.get_text(separator="\n", strip=True))


def chunk_text(text, chunk_size=500, overlap=100):
    words = text.split()
    return [" ".join(words[s:s + chunk_size]) for s in range(0, len(words), chunk_size - overlap)]


def build_vector_store():
    embed_model = SentenceTransformer("all-MiniLM-L6-v2")
    collection.delete_many({})
    docs = []
    for path in glob.glob(f"{DATA_DIR}/*.txt"):
        with open(path, encoding="utf-8") as f:
            for idx, chunk in enumerate(chunk_text(f.read())):
                docs.append({
                    "content": chunk,
                    "chunk_id": f"{os.path.basename(path)}_{idx}",
                    "embedding": embed_model.encode([chunk]).tolist()[0],
                })
    if docs:
        collection.insert_many(docs)
        print(f"Inserted {len(docs)} chunks")


if __name__ == "__main__":
    fetch_and_save()
    build_vector_store()
