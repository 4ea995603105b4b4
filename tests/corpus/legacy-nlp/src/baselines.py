# -*- coding: utf-8 -*-
# Baselines from the 2020 paper; kept runnable for the camera-ready comparison table.
from __future__ import print_function

import nlp
import tensorflow_datasets as tfds
import torch
from flair.embeddings import TransformerWordEmbeddings
from simpletransformers.classification import ClassificationModel
from transformers import (AutoModelWithLMHead, BertTokenizer, T5ForConditionalGeneration, XLNetModel,
                          pipeline)

tokenizer_zh = BertTokenizer.from_pretrained('bert-base-chinese')
xlnet = XLNetModel.from_pretrained('xlnet-base-cased')
t5_big = T5ForConditionalGeneration.from_pretrained('t5-11b')
lm = AutoModelWithLMHead.from_pretrained('distilgpt2')
ner = pipeline('ner', model='dbmdz/bert-large-cased-finetuned-conll03-english', grouped_entities=True)
qa = pipeline('question-answering', model='distilbert-base-cased-distilled-squad', tokenizer='distilbert-base-cased')

clf = ClassificationModel('roberta', 'roberta-base', num_labels=2, use_cuda=torch.cuda.is_available())
clf_xlm = ClassificationModel("xlmroberta", "xlm-roberta-large", args={"output_dir": "outputs/xlmr/"})
emb = TransformerWordEmbeddings('bert-base-multilingual-cased', layers='-1,-2,-3,-4')

glue = nlp.load_dataset('glue', 'mrpc')
imdb_tfds = tfds.load('imdb_reviews', split='train', as_supervised=True)
roberta_fairseq = torch.hub.load('pytorch/fairseq', 'roberta.large.mnli')
print('loaded: %s / %s' % ('glue/mrpc', 'tfds:imdb_reviews/plain_text'))
