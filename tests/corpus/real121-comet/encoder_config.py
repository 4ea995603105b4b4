model_pairs = {
    "BERT": "bert-base-multilingual-cased",
    "BERT": "setu4993/LaBSE",
    "XLM-RoBERTa": "xlm-roberta-base",  
    "Universal": "google/mt5-base",
    "Universal": "cis-lmu/glot500-base",
    "Universal": "facebook/nllb-200-distilled-600M",
    }
