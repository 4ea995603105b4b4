"""
rag package

Implements Retrieval-Augmented Generation (RAG) logic.
This includes:
- Retrieving relevant recipe documents from the vector store
- Supplying structured context to the LLM via prompts

Designed to reduce hallucinations and improve factual grounding.
"""
