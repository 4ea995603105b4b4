from sentence_transformers import SentenceTransformer
import nltk
import hnswlib
import time
import numpy as np

model = SentenceTransformer('sentence-transformers/multi-qa-mpnet-base-dot-v1')
index = hnswlib.Index(space = 'cosine', dim = 768)
tokenizer = nltk.data.load('tokenizers/punkt/english.pickle')
text = open('badeconomy.txt').read()

sentences = tokenizer.tokenize(text)
index.init_index(max_elements = len(sentences), ef_construction = 2000, M = 100)

before = time.time()
print("embedding text...")
embeddings = model.encode(sentences)
data_labels = np.arange(len(embeddings))
index.add_items(embeddings, data_labels)
print("import took {}".format(time.time() - before))

while True:
    q = input("query:")
    labels, distances = index.knn_query(model.encode([q])[0], k=1)
    for i in range(len(labels)):
        print(sentences[data_labels[labels[0][i]]], distances[0][i])
