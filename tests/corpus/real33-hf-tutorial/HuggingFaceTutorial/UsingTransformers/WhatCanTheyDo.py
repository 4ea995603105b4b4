from transformers import pipeline
classifier = pipeline('sentiment-analysis')
result = classifier(["I've been waiting for a HuggingFace course my whole life.", 'Food was not great!'])
print(result)

################################################################################
classifier = pipeline('zero-shot-classification')
result = classifier('This is a course about the Transformers library',
                    candidate_labels=["education", "politics", "business"])
print(result)

################################################################################
generator = pipeline('text-generation')
print(generator('Please teach me how to train my'))

################################################################################
generator = pipeline('text-generation', model='distilgpt2')
result = generator('Please teach me how to train my', max_length=30, num_return_sequences=3)
print(result)

################################################################################
unmasker = pipeline('fill-mask')
print(unmasker('This course will teach you all about <mask> models.', top_k=3))

################################################################################
ner = pipeline('ner', grouped_entities=True)
print(ner('My name is Sylvain and I work at Hugging Face in Brooklyn.'))

################################################################################
question_answerer = pipeline('question-answering')
print(question_answerer(question='Where do I work?', context='My name is Sylvain and I work at Hugging Face in Brooklyn'))

################################################################################
summarizer = pipeline('summarization')
result = summarizer("""
    America has changed dramatically during recent years. Not only has the number of
    graduates in traditional engineering disciplines declined, but engineering curricula
    now concentrate largely on the study of engineering science.
        """)
print(result)

################################################################################
translator = pipeline('translation', model='Helsinki-NLP/opus-mt-fr-en')
result = translator('Ce cours est produit par Hugging Face.')
print(result)
