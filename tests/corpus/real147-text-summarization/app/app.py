from transformers import BartForConditionalGeneration, BartTokenizer
import torch
import streamlit as st


@st.cache_resource(show_spinner="Loading model...")
def load_model(directory):
    model = BartForConditionalGeneration.from_pretrained(directory)
    tokenizer = BartTokenizer.from_pretrained(directory)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    return model.to(device), tokenizer, device


finetuned_directory = "../outputs/models/bart_finetuned_samsum_20250510203338"

model, tokenizer, device = load_model(finetuned_directory)
model.eval()

st.title("Dialogue Summarizer (BART)")
text_input = st.text_area("Paste a dialogue:", height=250)

if st.button("Summarize") and text_input.strip():
    inputs = tokenizer([text_input], return_tensors="pt", truncation=True, max_length=1024).to(device)
    summary_ids = model.generate(**inputs)
    st.success(tokenizer.decode(summary_ids[0], skip_special_tokens=True))
