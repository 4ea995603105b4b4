CONFIG = {
    "chunk_size": 400,
    "chunk_overlap": 80,
    "retriever_k": 3,
    "embeddings_model": "text-embedding-3-small",
    "system_prompt": "You are a helpful assistant. Use the following context to answer the question. Use three sentences maximum and keep the answer concise.",
    "llm": "gpt-5-nano",
    "temperature": 0,
}
