pub mod embedding_context;
pub mod embeddings_request;
pub mod llm_request;
pub mod ollama_protocol;
pub mod openai_protocol;
pub mod openai_client;
pub mod prompt;
