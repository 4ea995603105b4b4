pub mod ollama;
pub mod openai;
pub mod provider;

pub use provider::{EmbeddingProvider, EmbeddingResponse};
