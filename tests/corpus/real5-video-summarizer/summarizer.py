from transformers import pipeline


def summarize_text(text):
    summarizer = pipeline("summarization", model="facebook/bart-large-cnn")
    clipped = text[:4000]  # stay under the token limit
    out = summarizer(clipped, max_length=300, min_length=100, do_sample=False)
    return out[0]["summary_text"]
