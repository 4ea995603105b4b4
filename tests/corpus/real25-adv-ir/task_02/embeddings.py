import json

from sentence_transformers import SentenceTransformer

from constants import DATA_SETS, MODEL_NAMES, MODEL_SHORTCUTS

for model_name, model_shortcut in zip(MODEL_NAMES, MODEL_SHORTCUTS):
    model = SentenceTransformer(model_name)

    for data_set in DATA_SETS:
        with open(f"../data/{data_set}/{data_set}.json") as input_docs, \
                open(f"../data/{data_set}/{model_shortcut}_embed_{data_set}.json", "w") as output_docs:
            for line in input_docs:
                doc = json.loads(line)
                out = {"DOCID": doc["DOCID"], "EMBEDD": model.encode(doc["TEXT"], normalize_embeddings=True).tolist()}
                json.dump(out, output_docs, ensure_ascii=False)
                output_docs.write("\n")

        with open(f"../data/{data_set}/queries.json") as input_queries, \
                open(f"../data/{data_set}/{model_shortcut}_embed_queries.json", "w") as output_queries:
            queries = [{"QUERYID": q["QUERYID"], "QUERY": model.encode(q["QUERY"], normalize_embeddings=True).tolist()}
                       for q in json.loads(input_queries.read())["QUERIES"]]
            json.dump({"QUERIES": queries}, output_queries, ensure_ascii=False)
