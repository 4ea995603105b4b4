"""
RAG Pipeline Module using LangChain

This module sets up the components required for a Retrieval-Augmented Generation (RAG) pipeline,
including document loading, text splitting, embedding generation, and vector store management.
"""
