export const API_BASE_URL = import.meta.env.VITE_API_URL ?? '/api'
export const DEFAULT_MODEL = import.meta.env.VITE_OLLAMA_MODEL ?? 'gemma3:1b'
