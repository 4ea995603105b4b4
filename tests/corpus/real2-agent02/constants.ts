export const OLLAMA_BASE_URL = 'http://192.168.0.155:11434/api';

// embedding model used everywhere; changing it invalidates stored vectors
export const DEFAULT_EMBEDDING_MODEL = 'nomic-embed-text'; // served by Ollama
