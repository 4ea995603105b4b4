"""Vector store module for competitive intelligence RAG pipeline.

Provides content-type-aware chunking, OpenAI embedding generation,
and ChromaDB storage with rich metadata for competitive intelligence queries.
"""
