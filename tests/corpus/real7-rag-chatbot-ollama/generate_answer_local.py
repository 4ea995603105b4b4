import subprocess

import chromadb
from sentence_transformers import SentenceTransformer

store = chromadb.PersistentClient(path="chroma_db")
docs = store.get_or_create_collection("rag_collection")

embedder = SentenceTransformer("all-MiniLM-L6-v2")

question = input("\nAsk a question: ")
hits = docs.query(query_embeddings=[embedder.encode(question).tolist()], n_results=3)
context = " ".join(h["text"] for h in hits["metadatas"][0])

# answer locally with Mistral served by Ollama
prompt = f"Context: {context}\n\nQuestion: {question}\nAnswer:"
result = subprocess.run(
    ["ollama", "run", "mistral", prompt],
    capture_output=True,
    text=True,
)
print("\nAnswer (local):")
print(result.stdout)
