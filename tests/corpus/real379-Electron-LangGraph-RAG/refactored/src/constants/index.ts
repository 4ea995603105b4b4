export const DEFAULT_LLM_MODEL = "llama3.2:3b-instruct-fp16";
export const DEFAULT_EMBEDDING_MODEL = "mxbai-embed-large:latest";
export const OLLAMA_API_URL = "http://127.0.0.1:11434";
