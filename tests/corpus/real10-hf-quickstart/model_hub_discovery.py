# browse models -> https://huggingface.co/models
# this example: https://huggingface.co/facebook/bart-large-cnn

from transformers import pipeline

summarizer = pipeline("summarization", "facebook/bart-large-cnn")

TEXT = """ A city council met on Tuesday to discuss the new bike lanes planned for the
downtown area. Several residents spoke in favour, pointing to safer commutes,
while shop owners worried about losing parking spaces in front of their stores.
The council agreed to run a six-month trial on two streets before deciding.
"""

print(summarizer(TEXT, max_length=130, min_length=30, do_sample=False))
