from sentence_transformers import SentenceTransformer
import time
import numpy as np
from sklearn.metrics.pairwise import cosine_similarity


def get_model_size(model):
    return sum(p.numel() for p in model.parameters()) * 4 / (1024 * 1024)  # Size in MB


def benchmark_model(model_name, sentences):
    print(f"Benchmarking {model_name}")
    model = SentenceTransformer(model_name)
    model_size = get_model_size(model)
    dimension = model.get_sentence_embedding_dimension()
    start_time = time.time()
    embeddings = model.encode(sentences)
    embedding_time = (time.time() - start_time) / len(sentences)
    avg_similarity = np.mean(cosine_similarity(embeddings))
    return {
        "Model Size (MB)": model_size,
        "Dimension": dimension,
        "Embedding Time (s/sentence)": embedding_time,
        "Average Similarity": avg_similarity,
    }


# List of models to benchmark
models = [
    # Small dimension models
    "sentence-transformers/all-MiniLM-L6-v2",
    "sentence-transformers/paraphrase-MiniLM-L3-v2",
    "sentence-transformers/all-distilroberta-v1",
    "sentence-transformers/paraphrase-albert-small-v2",
    "sentence-transformers/distiluse-base-multilingual-cased-v2",
    # Medium dimension models
    "sentence-transformers/all-mpnet-base-v2",
    "sentence-transformers/multi-qa-mpnet-base-dot-v1",
    "sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2",
    "sentence-transformers/all-roberta-large-v1",
    "sentence-transformers/stsb-roberta-base",
    # Large dimension models
    "sentence-transformers/paraphrase-multilingual-mpnet-base-v2",
    "sentence-transformers/all-distilroberta-v1",
    "sentence-transformers/stsb-roberta-large",
    "sentence-transformers/LaBSE",
    "sentence-transformers/distilbert-multilingual-nli-stsb-quora-ranking",
]

# Sample paragraphs for benchmarking
paragraphs = [
    "The human brain is a marvel of biological engineering, containing approximately 86 billion neurons.",
    "Climate change poses one of the greatest challenges to our planet's ecosystems and human societies.",
    "Artificial intelligence has made significant strides in recent years.",
    "The field of quantum computing promises to revolutionize information processing.",
]

results = {}
for model_name in models:
    results[model_name] = benchmark_model(model_name, paragraphs)

print("\nBenchmark Results:")
for model_name, metrics in results.items():
    print(f"\n{model_name}:")
    for metric, value in metrics.items():
        print(f"  {metric}: {value:.6f}")
