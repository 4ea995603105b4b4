import argparse
import hashlib
import json
import os
from typing import Any, Dict, List, Tuple

import numpy as np
from sklearn.metrics.pairwise import cosine_similarity

try:
    from sentence_transformers import SentenceTransformer
except ImportError:
    SentenceTransformer = None


def load_catalog(path: str) -> List[Dict[str, Any]]:
    with open(path, "r", encoding="utf-8") as fh:
        data = json.load(fh)
    if isinstance(data, dict) and isinstance(data.get("items"), list):
        return data["items"]
    if isinstance(data, list):
        return data
    raise ValueError("expected a list or an object with an 'items' list")


def genres_text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(g["Name"]) if isinstance(g, dict) else str(g) for g in value if g)
    return value if isinstance(value, str) else ""


def embed_catalog(
    catalog: List[Dict[str, Any]],
    json_path: str,
    encoder_name: str = "sentence-transformers/paraphrase-MPNet-base-v2",
) -> Tuple[Dict[str, np.ndarray], Dict[str, Dict[str, Any]]]:
    if SentenceTransformer is None:
        raise ImportError("pip install sentence-transformers")

    encoder = SentenceTransformer(encoder_name)
    dim = encoder.get_sentence_embedding_dimension()
    w_title, w_genre = 0.3, 0.7
    cache_file = os.path.splitext(json_path)[0] + "_embedding_cache.npz"

    ids, titles, genres, hashes, by_id = [], [], [], [], {}
    for item in catalog:
        iid = item.get("Id") or item.get("id")
        if iid is None:
            continue
        iid = str(iid)
        title = str(item.get("Title") or "").strip()
        g = genres_text(item.get("Genres"))
        if not title and not g:
            continue
        by_id[iid] = item
        ids.append(iid)
        titles.append(title)
        genres.append(g)
        h = hashlib.sha1((encoder_name + f"|{w_title}|{w_genre}|" + title.lower() + "|" + g.lower()).encode("utf-8"))
        hashes.append(h.hexdigest())

    t_emb = encoder.encode(titles, convert_to_numpy=True)
    g_emb = encoder.encode(genres, convert_to_numpy=True)
    vectors = {}
    for i, iid in enumerate(ids):
        v = w_title * t_emb[i] + w_genre * g_emb[i]
        n = np.linalg.norm(v)
        vectors[iid] = (v / n if n > 0 else np.zeros((dim,))).astype(np.float32)

    np.savez_compressed(cache_file, ids=np.array(ids), embeddings=np.stack(list(vectors.values())), hashes=np.array(hashes))
    return vectors, by_id


def recommend(seed: str, by_id, vectors, k: int = 10):
    others = [i for i in vectors if i != seed]
    sims = cosine_similarity(vectors[seed].reshape(1, -1), np.stack([vectors[i] for i in others]))[0]
    top = np.argsort(-sims)[:k]
    return [{"Id": others[j], "Title": by_id[others[j]].get("Title"), "Score": float(sims[j])} for j in top]


def main():
    ap = argparse.ArgumentParser(description="Title + Genres embedding recommender")
    ap.add_argument("--data", required=True)
    ap.add_argument("--seed")
    ap.add_argument("--k", type=int, default=10)
    args = ap.parse_args()

    catalog = load_catalog(args.data)
    vectors, by_id = embed_catalog(catalog, json_path=args.data)
    seed = args.seed or next(iter(vectors))
    for r in recommend(seed, by_id, vectors, args.k):
        print(f"- {r['Id']} | {r['Title']} | {r['Score']:.5f}")


if __name__ == "__main__":
    main()
