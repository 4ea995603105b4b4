from transformers import pipeline

checkpoint_dir = './models/unbalanced_model/checkpoint-30630'
clf = pipeline('sentiment-analysis', model=checkpoint_dir)

while True:
    line = input('headline: ')
    if line in ('q', 'quit', 'end'):
        break
    print(clf(line)[0])
