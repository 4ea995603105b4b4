# -*- coding: utf-8 -*-
"""
================================================================================
MODULE 1: Embeddings & Similarity Search Demo
================================================================================

WHAT YOU'LL LEARN:
1. How to generate embeddings from text using OpenAI
2. What embeddings actually look like (1536 numbers!)
3. Computing similarity scores (cosine similarity)
4. Finding most similar documents (semantic search)

LEARNING RESOURCES:
- OpenAI Embeddings Guide: https://platform.openai.com/docs/guides/embeddings
- Understanding Vector Embeddings: https://www.pinecone.io/learn/vector-embeddings/
"""

import json
import os

import matplotlib.pyplot as plt
import numpy as np
from dotenv import load_dotenv
from openai import OpenAI
from sklearn.metrics.pairwise import cosine_similarity

# Your .env file should contain:
#   OPENAI_API_KEY=sk-...
#   OPENAI_EMBEDDING_MODEL=text-embedding-3-small
load_dotenv()

print("Initializing OpenAI client...")
client = OpenAI(api_key=os.getenv('OPENAI_API_KEY'))

# =============================================================================
# EMBEDDING MODEL SELECTION
# =============================================================================
# | Model                    | Dimensions | Cost          | Use Case            |
# |--------------------------|------------|---------------|---------------------|
# | text-embedding-3-small   | 1536       | $0.02/1M tok  | General purpose ✓   |
# | text-embedding-3-large   | 3072       | $0.13/1M tok  | Higher quality      |
# | text-embedding-ada-002   | 1536       | $0.10/1M tok  | Legacy (deprecated) |
#
# Reference: https://platform.openai.com/docs/guides/embeddings/embedding-models
# =============================================================================
embedding_model = os.getenv('OPENAI_EMBEDDING_MODEL', 'text-embedding-3-small')
embedding_dim = 1536
print(f"Using OpenAI model: {embedding_model}")

print("\nLoading support tickets...")
with open('../../data/synthetic_tickets.json', 'r') as f:
    tickets = json.load(f)

ticket_texts = [f"{ticket['title']}. {ticket['description']}" for ticket in tickets]

print("\nGenerating embeddings for all tickets...")
response = client.embeddings.create(input=ticket_texts, model=embedding_model)
embeddings = np.array([data.embedding for data in response.data])
print(f"Generated embeddings with shape: {embeddings.shape}")

query = "Users can't login after changing password"
query_response = client.embeddings.create(input=[query], model=embedding_model)
query_embedding = np.array([query_response.data[0].embedding])

similarities = cosine_similarity(query_embedding, embeddings)[0]
top_k = 5
top_indices = np.argsort(similarities)[::-1][:top_k]

for rank, idx in enumerate(top_indices, 1):
    ticket = tickets[idx]
    print(f"\n#{rank} - Similarity: {similarities[idx]:.4f}")
    print(f"Ticket ID: {ticket['ticket_id']}")
    print(f"Title: {ticket['title']}")

fig, ax = plt.subplots(figsize=(8, 6))
ax.barh(range(len(top_indices)), [similarities[i] for i in top_indices], color='green', alpha=0.7)
ax.set_xlabel('Similarity to Query')
plt.tight_layout()
plt.savefig('similarity_heatmap.png')
