"""
Embedding providers for vector generation.

Supported providers:
- HuggingFace Text Embeddings Inference (TEI)
- OpenAI Embeddings
- Ollama Embeddings
- Azure OpenAI Embeddings
"""

