# import commands for flair ner
from flair.data import Sentence
from flair.models import SequenceTagger

# Load NER Model
tagger = SequenceTagger.load('ner')

# Sample text to run NER
text = 'Jackson works at Microsoft located in Redmond'

sentence = Sentence(text)
tagger.predict(sentence)

for entity in sentence.get_spans('ner'):
  print(entity)

print(sentence.to_tagged_string())

text1 = 'Redmond is coming to New York city'
sentence = Sentence(text1)
tagger.predict(sentence)
for entity in sentence.get_spans('ner'):
  print(entity)

# sample paragraph text
text2 = "During a long deposition last June, the chief executive defended the acquisition of a struggling solar installer, calling the deal obvious."

# segtok splits the paragraph into sentences
from segtok.segmenter import split_single

sentences = [Sentence(sent, use_tokenizer=True) for sent in split_single(text2)]
tagger.predict(sentences)

for sent in sentences:
  for entity in sent.get_spans('ner'):
    print(entity)
