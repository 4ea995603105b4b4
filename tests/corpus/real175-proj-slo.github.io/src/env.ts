export const BASE_URL: string = import.meta.env.VITE_BASE_URL || "";
export const OPENAI_API_KEY: string = import.meta.env.VITE_OPENAI_API_KEY || "";
export const OLLAMA_HOST_URL: string =
  import.meta.env.VITE_OLLAMA_HOST_URL || "";
