export const OLLAMA_BASE_URL = (import.meta as any).env?.VITE_OLLAMA_BASE_URL || "http://127.0.0.1:11434/api";
export const OLLAMA_MODEL = (import.meta as any).env?.VITE_OLLAMA_MODEL || "glm-4.6:cloud";

