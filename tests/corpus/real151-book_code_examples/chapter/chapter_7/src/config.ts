export const baseURL = 'http://localhost:11434/v1/'
export const apiKey = process.env.OPENAI_API_KEY ?? 'ollama-key'
export const model = 'qwen2.5-coder:1.5b'
export const embeddingModel = 'nomic-embed-text:latest'
