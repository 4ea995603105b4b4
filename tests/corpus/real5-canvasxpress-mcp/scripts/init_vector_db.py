#!/usr/bin/env python3
"""Build the local vector DB from the few-shot examples (run once: make init-local)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', 'src'))

from dotenv import load_dotenv

load_dotenv()

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
data_dir = os.path.join(root, 'data')
db_dir = os.path.join(root, 'vector_db')
db_path = os.path.join(db_dir, 'canvasxpress_mcp.db')
os.makedirs(db_dir, exist_ok=True)

from canvasxpress_generator import CanvasXpressGenerator

provider = os.environ.get('EMBEDDING_PROVIDER', 'local')
if provider == 'local':
    print("Loading the local BGE-M3 embedder (first run takes a few minutes)")
elif provider in ('gemini', 'openai'):
    print(f"Using the {provider} embeddings API")
else:
    print(f"Unknown embedding provider: {provider}")

gen = CanvasXpressGenerator(data_dir=data_dir, vector_db_path=db_path)
print(f"Examples loaded: {len(gen.examples)}; database at {db_path}")
