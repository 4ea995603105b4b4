import streamlit as st
import torch
from transformers import BartForConditionalGeneration, BartTokenizer

model = BartForConditionalGeneration.from_pretrained("facebook/bart-large-cnn")
tokenizer = BartTokenizer.from_pretrained("facebook/bart-large-cnn")


def summarize(text):
    enc = tokenizer(text, return_tensors="pt")
    with torch.no_grad():
        ids = model.generate(enc["input_ids"], num_beams=4, min_length=20, early_stopping=True)
    return tokenizer.decode(ids[0], skip_special_tokens=True)


st.title("Text Summarizer")
body = st.text_area(label="Text to summarize", height=200)
if st.button("Summarize"):
    st.info(f"**Summary:**\n{summarize(body)}")
