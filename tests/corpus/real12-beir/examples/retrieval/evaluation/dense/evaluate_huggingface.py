import logging
import os
import pathlib
from time import time

from beir import LoggingHandler, util
from beir.datasets.data_loader import GenericDataLoader
from beir.retrieval import models
from beir.retrieval.evaluation import EvaluateRetrieval
from beir.retrieval.search.dense import DenseRetrievalExactSearch as DRES

logging.basicConfig(format="%(asctime)s - %(message)s", datefmt="%Y-%m-%d %H:%M:%S",
                    level=logging.INFO, handlers=[LoggingHandler()])

dataset = "trec-covid"
url = f"https://public.ukp.informatik.tu-darmstadt.de/thakur/BEIR/datasets/{dataset}.zip"
data_path = util.download_and_unzip(url, os.path.join(pathlib.Path(__file__).parent.absolute(), "datasets"))
corpus, queries, qrels = GenericDataLoader(data_folder=data_path).load(split="test")

#### Any E5 / Tevatron-style encoder from the Hub (cosine similarity, normalised)

## settings
model_name_or_path = "meta-llama/Llama-2-7b-hf"
peft_model_name_or_path = "castorini/repllama-v1-7b-lora-passage"
max_length = 512
pooling = "mean"
normalize = True
append_eos_token = True
q_prefix = "query: "
p_prefix = "passage: "

encoder = models.HuggingFace(
    model=model_name_or_path,
    peft_model_path=peft_model_name_or_path,
    max_length=max_length,
    append_eos_token=append_eos_token,
    pooling=pooling,
    normalize=normalize,
    prompts={"query": q_prefix, "passage": p_prefix},
    attn_implementation="flash_attention_2",
    torch_dtype="bfloat16",
)

#### E5-Mistral instead (prompt conventions:
#### https://github.com/microsoft/unilm/blob/9c0f1ff7ca53431fe47d2637dfe253643d94185b/e5/utils.py)
# q_prefix = "Given a query on COVID-19, retrieve documents that answer the query"
# encoder = models.HuggingFace(
#         model="intfloat/e5-mistral-7b-instruct",
#         max_length=max_length,
#         pooling=pooling,
#         normalize=normalize,
#         prompts={"query": q_prefix, "passage": ""},
#     )

retriever = EvaluateRetrieval(DRES(encoder, batch_size=128), score_function="cos_sim")

t0 = time()
results = retriever.retrieve(corpus, queries)
print(f"retrieval took {time() - t0:.2f}s")

ndcg, _map, recall, precision = retriever.evaluate(qrels, results, retriever.k_values)
mrr = retriever.evaluate_custom(qrels, results, retriever.k_values, metric="mrr")

res_dir = os.path.join(pathlib.Path(__file__).parent.absolute(), "results")
os.makedirs(res_dir, exist_ok=True)
util.save_runfile(os.path.join(res_dir, f"{dataset}.run.trec"), results)
util.save_results(os.path.join(res_dir, f"{dataset}.json"), ndcg, _map, recall, precision, mrr)
