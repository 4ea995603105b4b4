# Compare what several checkpoints say about one sentence.

from transformers import pipeline

candidates = ['bert-base-uncased', 'roberta-base', 'distilbert-base-uncased']
for name in candidates:
    clf = pipeline('sentiment-analysis', model=name)
    print(f"{name}:")
    print(clf("The product is fantastic!"))
