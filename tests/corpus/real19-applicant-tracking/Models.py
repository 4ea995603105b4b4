import gensim
import nltk
import numpy as np
import streamlit as st
import torch
from gensim.models.doc2vec import Doc2Vec, TaggedDocument
from nltk.tokenize import word_tokenize
from sklearn.metrics.pairwise import cosine_similarity
from transformers import AutoModel, AutoTokenizer


def mean_pooling(output, mask):
    """Average token embeddings, ignoring padding."""
    tokens = output[0]
    m = mask.unsqueeze(-1).expand(tokens.size()).float()
    return torch.sum(tokens * m, 1) / torch.clamp(m.sum(1), min=1e-9)


@st.cache
def get_HF_embeddings(sentences):
    # weights come from the Hugging Face Hub
    tok = AutoTokenizer.from_pretrained('sentence-transformers/bert-base-nli-mean-tokens')
    enc = AutoModel.from_pretrained('sentence-transformers/bert-base-nli-mean-tokens')
    batch = tok(sentences, padding=True, truncation=True, return_tensors='pt', max_length=512)
    with torch.no_grad():
        out = enc(**batch)
    return mean_pooling(out, batch['attention_mask'])


@st.cache
def get_doc2vec_embeddings(jd, resume):
    nltk.download("punkt")
    tagged = [TaggedDocument(words=word_tokenize(jd.lower()), tags=["0"])]
    d2v = Doc2Vec(vector_size=512, min_count=3, epochs=80)
    d2v.build_vocab(tagged)
    d2v.train(tagged, total_examples=d2v.corpus_count, epochs=80)
    jd_vec = np.transpose(d2v.docvecs['0'].reshape(-1, 1))
    cv_vec = np.transpose(d2v.infer_vector(word_tokenize(resume.lower())).reshape(-1, 1))
    return jd_vec, cv_vec


def cosine(a, b):
    pct = np.round(cosine_similarity(np.array(a), np.array(b)), 4) * 100
    print("Your resume matches about " + str(pct[0]) + "% of the job description.")
    return str(pct[0][0])
