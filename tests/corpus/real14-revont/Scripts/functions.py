# Shared helpers: Wikidata lookups, WordNet, embeddings, NER, grammar fixing

import logging
import re
import time

import nltk
import torch
import torch.nn.functional as F
from happytransformer import HappyTextToText, TTSettings
from nltk.corpus import wordnet
from qwikidata.sparql import return_sparql_query_results
from sklearn.metrics.pairwise import cosine_similarity
from transformers import AutoModel, AutoModelForTokenClassification, AutoTokenizer, pipeline

nltk.download('wordnet')
nltk.download('omw-1.4')


def superclasses(qid, retries=5, delay=2):
    """Labels of the classes an entity is an instance of (Wikidata)."""
    query = f"""
        SELECT DISTINCT ?cLabel WHERE {{
          wd:{qid} wdt:P31/wdt:P279? ?c .
          ?c rdfs:label ?cLabel .
          FILTER(LANG(?cLabel) = "en")
        }}
    """
    for attempt in range(retries):
        try:
            res = return_sparql_query_results(query)
            if res:
                return [b['cLabel']['value'] for b in res['results']['bindings']]
        except Exception:
            if attempt == retries - 1:
                raise
            time.sleep(delay)


def noun_synsets(word):
    return list(wordnet.synsets(word, pos='n'))


# mean pooling over the token embeddings (attention mask aware)
def mean_pooling(out, mask):
    tok = out[0]
    m = mask.unsqueeze(-1).expand(tok.size()).float()
    return torch.sum(tok * m, 1) / torch.clamp(m.sum(1), min=1e-9)


# sentence embedding model, loaded once
EMB_TOKENIZER = AutoTokenizer.from_pretrained('sentence-transformers/all-MiniLM-L6-v2')
EMB_MODEL = AutoModel.from_pretrained('sentence-transformers/all-MiniLM-L6-v2')


def embed(sentences):
    if isinstance(sentences, str):
        sentences = [sentences]
    enc = EMB_TOKENIZER(sentences, padding=True, truncation=True, return_tensors='pt')
    with torch.no_grad():
        out = EMB_MODEL(**enc)
    return F.normalize(mean_pooling(out, enc['attention_mask']), p=2, dim=1)


def similarity(a, b):
    return cosine_similarity(a.reshape(1, -1), b.reshape(1, -1))[0][0]


# named entities
ner_tok = AutoTokenizer.from_pretrained("Jean-Baptiste/camembert-ner")
ner_model = AutoModelForTokenClassification.from_pretrained("Jean-Baptiste/camembert-ner")
ner = pipeline('ner', model=ner_model, tokenizer=ner_tok, aggregation_strategy="simple")


def entities(sentences):
    return [w['word'] for s in sentences for w in ner(s)]


# grammar correction
grammar = HappyTextToText("T5", "vennify/t5-base-grammar-correction")
beam_args = TTSettings(num_beams=5, min_length=1)


def fix_grammar(sentence):
    if not sentence.strip():
        return sentence
    logging.getLogger("happytransformer").setLevel(logging.ERROR)
    return grammar.generate_text(sentence, args=beam_args).text


def generalize(sentence, pattern: dict):
    for key, val in pattern.items():
        if len(key) > 3 and val not in ("Wikidata instance class", "Class", ""):
            sentence = re.sub("(?i)" + key, val, sentence).capitalize()
    return sentence
