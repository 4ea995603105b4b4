from typing import List, Optional, Tuple
from dataclasses import dataclass
import numpy as np

# Try to import sentence-transformers for CrossEncoder
try:
    from sentence_transformers import CrossEncoder
    HAS_CROSS_ENCODER = True
except ImportError:
    HAS_CROSS_ENCODER = False
    print("Warning: sentence-transformers not installed for CrossEncoder")


ERROR_GUIDE = {
    "No CrossEncoder": "Run: pip install sentence-transformers",
    "CUDA OOM": "Reduce batch_size or use CPU",
    "Model not found": "Check model name, internet connection for download",
}


# Available reranker models
# Tested these for SEC document retrieval
RERANKER_MODELS = {
    # Fast and good - recommended for development
    "ms-marco-mini": {
        "name": "cross-encoder/ms-marco-MiniLM-L-6-v2",
        "description": "Fast reranker, good for dev/testing",
        "quality": "good",
        "speed": "fast"
    },
    # Better quality
    "ms-marco-base": {
        "name": "cross-encoder/ms-marco-TinyBERT-L-2-v2",
        "description": "Tiny but effective",
        "quality": "good",
        "speed": "very fast"
    },
    # Best quality - use for production
    "bge-reranker": {
        "name": "BAAI/bge-reranker-v2-m3",
        "description": "State-of-the-art reranker",
        "quality": "excellent",
        "speed": "medium"
    },
    # Good balance
    "bge-reranker-base": {
        "name": "BAAI/bge-reranker-base",
        "description": "Good balance of quality and speed",
        "quality": "very good",
        "speed": "medium"
    }
}
