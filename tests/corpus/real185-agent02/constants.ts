export const OLLAMA_BASE_URL = 'http://192.168.0.155:11434/api';

// Default embedding model - must be consistent across all embedding operations
export const DEFAULT_EMBEDDING_MODEL = 'nomic-embed-text'; // Model in Ollama
