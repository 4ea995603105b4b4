import argparse

import numpy as np
from loguru import logger
from safetensors.numpy import save_file
from sqlalchemy import select

from constants import LANGS, PREFIXES
from db_utils import init_sql_session
from model_utils import init_model
from schemas import Definition

lang2id = {lang: i for i, lang in enumerate(LANGS)}


def cli() -> argparse.Namespace:
    p = argparse.ArgumentParser()
    p.add_argument("model_name", type=str, help="key of EMBEDDING_MODELS")
    p.add_argument("--n_items", type=int, default=None)
    p.add_argument("--prefix", choices=["query", "passage"], default=None)
    p.add_argument("--show_progress_bar", action="store_true")
    p.add_argument("--random_weights", action="store_true")
    p.add_argument("--batch_size", type=int, default=1024)
    return p.parse_args()


if __name__ == "__main__":
    args = cli()
    Session = init_sql_session()
    name, model = init_model(args.model_name, args.random_weights)
    with Session() as s:
        rows = list(s.execute(select(Definition.definition_id, Definition.value, Definition.word_id,
                                     Definition.lang).distinct().limit(args.n_items)))
    ids, texts, words, langs = map(list, zip(*rows))
    if args.prefix:
        texts = [f"{PREFIXES[args.prefix]}{t}" for t in texts]
    vecs = model.encode(texts, batch_size=args.batch_size, show_progress_bar=args.show_progress_bar)
    out_file = f"{name}-{args.prefix}.safetensors" if args.prefix else f"{name}.safetensors"
    save_file(tensor_dict=dict(vectors=vecs, definition_ids=np.array(ids), word_ids=np.array(words),
                               langs=np.array([lang2id[l] for l in langs])), filename=out_file)
    logger.success(f"saved `{out_file}`")
