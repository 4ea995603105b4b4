export const MODEL = process.env.LLM_MODEL ?? "llama3.1";
export const API_BASE =
  process.env.LLM_API_BASE ?? "https://localhost:11434/v1";
export const API_KEY = process.env.LLM_API_KEY ?? "dummy";
