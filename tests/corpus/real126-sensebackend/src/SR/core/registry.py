NER_MODELS = [
  "bert-base-cased",
  "allenai/scibert_scivocab_uncased",
  "microsoft/BiomedNLP-PubMedBERT-base-uncased-abstracts",
  "dmis-lab/biobert-base-cased-v1.1",
  "microsoft/deberta-v3-base",
]

QA_MODELS = [
  "bert-base-cased",
  "allenai/scibert_scivocab_uncased",
  "microsoft/BiomedNLP-PubMedBERT-base-uncased-abstracts",
  "dmis-lab/biobert-base-cased-v1.1",
  "microsoft/deberta-v3-base",
]
