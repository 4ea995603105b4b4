import numpy as np
from sense2vec import Sense2Vec
s2v = Sense2Vec().from_disk('./s2v_old')
from nltk.corpus import wordnet as wn
from sentence_transformers import SentenceTransformer
from sklearn.metrics.pairwise import cosine_similarity
# paraphrase-distilroberta-base-v1
sentence_transformer_model = SentenceTransformer('msmarco-distilbert-base-v3')

from similarity.normalized_levenshtein import NormalizedLevenshtein
normalized_levenshtein = NormalizedLevenshtein()


def filter_same_sense_words(original, wordlist):
    base_sense = original.split('|')[1]
    return [w[0].split('|')[0].replace("_", " ").title().strip() for w in wordlist if w[0].split('|')[1] == base_sense]


def sense2vec_get_words(word, s2v, topn, question):
    try:
        sense = s2v.get_best_sense(word, senses=["NOUN", "PERSON", "PRODUCT", "LOC", "ORG", "EVENT"])
        output = filter_same_sense_words(sense, s2v.most_similar(sense, n=topn))
    except Exception:
        output = []
    final = [word]
    checklist = question.split()
    for x in output:
        if max(normalized_levenshtein.similarity(f.lower(), x.lower()) for f in final) < 0.6 and x not in checklist:
            final.append(x)
    return final[1:]


def mmr(doc_embedding, word_embeddings, words, top_n, lambda_param):
    word_doc_similarity = cosine_similarity(word_embeddings, doc_embedding)
    word_similarity = cosine_similarity(word_embeddings)
    keywords_idx = [np.argmax(word_doc_similarity)]
    candidates_idx = [i for i in range(len(words)) if i != keywords_idx[0]]
    for _ in range(top_n - 1):
        candidate_similarities = word_doc_similarity[candidates_idx, :]
        target_similarities = np.max(word_similarity[candidates_idx][:, keywords_idx], axis=1)
        scores = lambda_param * candidate_similarities - (1 - lambda_param) * target_similarities.reshape(-1, 1)
        mmr_idx = candidates_idx[np.argmax(scores)]
        keywords_idx.append(mmr_idx)
        candidates_idx.remove(mmr_idx)
    return [words[idx] for idx in keywords_idx]


def get_distractors(word, origsentence, top_n, lambdaval):
    distractors = sense2vec_get_words(word, s2v, top_n, origsentence)
    if not distractors:
        return distractors
    distractors_new = [word.capitalize()] + distractors
    keyword_embedding = sentence_transformer_model.encode([origsentence + " " + word.capitalize()])
    distractor_embeddings = sentence_transformer_model.encode(distractors_new)
    filtered = mmr(keyword_embedding, distractor_embeddings, distractors_new, min(len(distractors_new), 5), lambdaval)
    return [w.capitalize() for w in filtered if w.lower() != word.lower()]
