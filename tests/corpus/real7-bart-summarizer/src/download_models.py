from transformers import pipeline

print("Fetching summarization weights...")
_ = pipeline("summarization", model="facebook/bart-large-cnn")
print("Cached.")
