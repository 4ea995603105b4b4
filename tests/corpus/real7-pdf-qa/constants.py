EMBEDDING_MODEL_NAMES = {
    "All MPNet Base V2": "sentence-transformers/all-mpnet-base-v2",
    "GTE Base EN V1.5": "Alibaba-NLP/gte-base-en-v1.5"
}

QA_MODEL_NAMES = {
    "deepset/roberta-base-squad2": "RoBERTa Base SQuAD 2",
    "timpal0l/mdeberta-v3-base-squad2": "mDeBERTa V3 Base SQuAD 2",
    "distilbert/distilbert-base-cased-distilled-squad": "DistilBERT Base Cased Distilled SQuAD",
    "deepset/bert-large-uncased-whole-word-masking-squad2": "BERT Large Uncased WWM SQuAD 2",
    "mrm8488/longformer-base-4096-finetuned-squadv2": "Longformer Base 4096 Finetuned SQuAD V2"
}
