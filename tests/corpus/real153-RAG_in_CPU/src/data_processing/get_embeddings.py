# load the embedding model and expose get_embeddings()

import os
from transformers import AutoModel, AutoTokenizer, pipeline
from dotenv import load_dotenv
from langchain.embeddings import HuggingFaceEmbeddings


load_dotenv()

api_key = os.getenv("HUGGINGFACE_API_KEY")


"""
to load model and tokenizer by hand instead:

tokenizer4 = AutoTokenizer.from_pretrained("nomic-ai/nomic-embed-text-v1", trust_remote_code=True)
m4 = AutoModel.from_pretrained("nomic-ai/nomic-embed-text-v1", trust_remote_code=True)
model4 = pipeline("feature-extraction", model=m4, tokenizer=tokenizer4)
"""

def get_embeddings(text=None):
    embeddings = HuggingFaceEmbeddings(model_name="nomic-ai/nomic-embed-text-v1")
    return embeddings

# (1, 8, 1024)
