import logging
import os
import pathlib
import random

from beir import LoggingHandler, util
from beir.datasets.data_loader import GenericDataLoader
from beir.retrieval import models
from beir.retrieval.evaluation import EvaluateRetrieval
from beir.retrieval.search.dense import DenseRetrievalExactSearch as DRES

logging.basicConfig(format="%(asctime)s - %(message)s", datefmt="%Y-%m-%d %H:%M:%S",
                    level=logging.INFO, handlers=[LoggingHandler()])

dataset = "nfcorpus"

#### fetch and unpack the BEIR archive
url = f"https://public.ukp.informatik.tu-darmstadt.de/thakur/BEIR/datasets/{dataset}.zip"
target = os.path.join(pathlib.Path(__file__).parent.absolute(), "datasets")
data_path = util.download_and_unzip(url, target)

# layout: nfcorpus/corpus.jsonl, nfcorpus/queries.jsonl, nfcorpus/qrels/test.tsv
corpus, queries, qrels = GenericDataLoader(data_folder=data_path).load(split="test")

#### DPR: two towers, trained with the dot product.
#### (1) through sentence-transformers; titles and passages joined with ' [SEP] '
# see https://www.sbert.net/docs/pretrained-models/dpr.html
retr_model = DRES(
    models.SentenceBERT(
        (
            "facebook-dpr-question_encoder-multiset-base",
            "facebook-dpr-ctx_encoder-multiset-base",
            " [SEP] ",
        ),
        batch_size=128,
    )
)

#### (2) the original Hugging Face DPR checkpoints also work (no separator needed):
# retr_model = DRES(models.DPR((
#     "facebook/dpr-question_encoder-multiset-base",
#     "facebook/dpr-ctx_encoder-multiset-base"), batch_size=128))

# other DPR-style pairs, e.g. GermanDPR (https://deepset.ai/germanquad):
# retr_model = DRES(models.DPR((
#     "deepset/gbert-base-germandpr-question_encoder",
#     "deepset/gbert-base-germandpr-ctx_encoder"), batch_size=128))

retriever = EvaluateRetrieval(retr_model, score_function="dot")
results = retriever.retrieve(corpus, queries)

logging.info(f"k values: {retriever.k_values}")
ndcg, _map, recall, precision = retriever.evaluate(qrels, results, retriever.k_values)
mrr = retriever.evaluate_custom(qrels, results, retriever.k_values, metric="mrr")

out_dir = os.path.join(pathlib.Path(__file__).parent.absolute(), "results")
os.makedirs(out_dir, exist_ok=True)
util.save_runfile(os.path.join(out_dir, f"{dataset}.run.trec"), results)
util.save_results(os.path.join(out_dir, f"{dataset}.json"), ndcg, _map, recall, precision, mrr)

qid, scores = random.choice(list(results.items()))
best = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
logging.info(f"Query : {queries[qid]}\n")
for rank, (doc_id, _) in enumerate(best[:10], start=1):
    logging.info(f"Rank {rank}: {doc_id} [{corpus[doc_id].get('title')}] - {corpus[doc_id].get('text')}\n")
