"""
Summarizer for Text File

Author: Jason A. Cox
23 May 2023
https://github.com/jasonacox/ProtosAI

This uses the HuggingFace transformer https://huggingface.co/

"""

# imports
from transformers import pipeline
import sys

# load models
print("\n\nLoading transformer...")
model_id = "sshleifer/distilbart-cnn-12-6"
summarizer = pipeline("summarization", model=model_id)


def read_text_file(file_path):
    try:
        with open(file_path, 'r') as file:
            return file.read()
    except FileNotFoundError:
        print(f"Error: File '{file_path}' not found.")
        sys.exit(1)


def print_summary(text):
    print(f"Number of words: {len(text.split())}")
    print("\nSummarizing...")
    summary = summarizer(text)
    text = summary[0]['summary_text']
    print(f"Text: {text}")
    print(f"Number of words: {len(text.split())}")


if __name__ == '__main__':
    if len(sys.argv) < 2:
        print("Error: Please provide the path to a text file as a command-line argument.")
        sys.exit(1)
    print_summary(read_text_file(sys.argv[1]))
