EMBEDDING_MODELS = {
    "labse": "sentence-transformers/LaBSE",
    "xlm-roberta-large": "xlm-roberta-large",
    "estroberta": "tartuNLP/EstRoBERTa",
    "distiluse-multilingual-v2": "sentence-transformers/distiluse-base-multilingual-cased-v2",
    "distiluse-multilingual-v1": "sentence-transformers/distiluse-base-multilingual-cased-v1",
    "mpnet": "sentence-transformers/all-mpnet-base-v2",
    "word2vec": "word2vec/words-cbow-s200",
    "e5-multilingual-large": "intfloat/multilingual-e5-large",
    "gte-large": "thenlper/gte-large",
    "bge-large-en": "BAAI/bge-large-en",
}
LANGS = [
    "est",
    "eng",
    "rus",
    "nor",
    "fra",
    "spa",
    "deu",
    "lav",
    "pli",
    "glg",
    "fin",
    "lat",
]

PREFIXES = {"query": "query: ", "passage": "passage: "}
