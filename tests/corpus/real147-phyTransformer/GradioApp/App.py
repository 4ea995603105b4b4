import gradio as gr
from transformers import pipeline
import torch

# text-classification pipeline on the fine-tuned ESM2 localisation model
pipe = pipeline("text-classification", model="Rocketknight1/esm2_t6_8M_UR50D-finetuned-localization")


def classify_sequence(sequence):
    result = pipe(sequence)
    return result[0]['label']


demo = gr.Interface(
    fn=classify_sequence,
    inputs="text",
    outputs="text",
    title="Biology Sequence Classifier",
    description="Paste a protein sequence to get its predicted subcellular localisation, e.g.\n'Cytoplasm': 'MDDDIAALVVDNGSGMCKAGFAGDDAPRAVFPSIVG',\n'Nucleus': 'MGLRSGRGKTGGKARAKAKSRSSRAGLQFPVGR'",
    allow_flagging="never",
)

demo.launch(share=True)
