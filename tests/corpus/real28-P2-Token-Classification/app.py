import gradio as gr
from transformers import pipeline

title = "Token Classification"
description = """
Label the entities of a sentence as:
1. person(PER),
2. organization(ORG),
3. location(LOC)
4. miscellaneous(MISC).
<img src="https://huggingface.co/spaces/course-demos/Rick_and_Morty_QA/resolve/main/rick.png" width=200px>
"""

article = "Check out [my github repository](https://github.com/Neural-Net-Rahul/P2-Token-Classification-using-Fine-tuned-Hugging-face-transformer) and my [fine tuned model](https://huggingface.co/neural-net-rahul/bert-finetuned-ner)"

textbox = gr.Textbox(label="Type your sentence here :", placeholder="My name is Bill Gates.", lines=3)

model = pipeline('token-classification', model='neural-net-rahul/bert-finetuned-ner')

NAMES = {'B-PER': 'Person', 'B-ORG': 'Organization', 'B-MISC': 'Miscellaneous', 'B-LOC': 'Location'}


def predict(text):
    result, word1, entity_past = [], None, None
    for item in model(text):
        entity, word = item['entity'], item['word']
        if entity[0] == 'B':
            if word1 is not None:
                result.append([word1, NAMES.get(entity_past, entity_past)])
            word1, entity_past = word, entity
        else:
            word1 = word1 + word.lstrip("#")
    result.append([word1, NAMES.get(entity_past, entity_past)])
    return result


gr.Interface(
    fn=predict,
    inputs=textbox,
    outputs=[gr.Text()],
    title=title,
    description=description,
    article=article,
    examples=[["Mark founded Facebook, shaping global social media connectivity."]],
).launch(share=True)
