import os
import sys

from sentence_transformers import SentenceTransformer

source = "data/sample.txt"
if not os.path.exists(source):
    print("File not found!")
    sys.exit(1)
with open(source, encoding="utf-8") as fh:
    body = fh.read()

encoder = SentenceTransformer("all-MiniLM-L6-v2")  # small and quick
vec = encoder.encode(body)
print(f"Embedding shape: {vec.shape}")
print(f"First values: {vec[:5]}")
