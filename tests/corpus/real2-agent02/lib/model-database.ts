// Model database: capabilities of the models on the Ollama server

export interface ModelCapabilities {
  tools: boolean;
  vision: boolean;
  embedding: boolean;
  reasoning: boolean;
  contextSize: number;
  family: string;
}

// models on the Ollama server at 192.168.0.145:11434 (July 2025)
export const MODEL_DATABASE: Record<string, ModelCapabilities> = {
  // DeepSeek R1 - reasoning models
  "deepseek-r1:1.5b": { tools: false, vision: false, embedding: false, reasoning: true, contextSize: 128000, family: "deepseek" },
  "deepseek-r1:8b": { tools: true, vision: false, embedding: false, reasoning: true, contextSize: 128000, family: "deepseek" },
  // Gemma 3
  "gemma3n:latest": { tools: false, vision: false, embedding: false, reasoning: false, contextSize: 32000, family: "gemma" },
  "gemma3:270m": { tools: false, vision: false, embedding: false, reasoning: false, contextSize: 32000, family: "gemma" },
  "gemma3:1b": { tools: false, vision: false, embedding: false, reasoning: false, contextSize: 32000, family: "gemma" },
  "gemma3:4b": { tools: false, vision: true, embedding: false, reasoning: false, contextSize: 128000, family: "gemma" },
  "gemma3:12b": { tools: false, vision: true, embedding: false, reasoning: false, contextSize: 128000, family: "gemma" },
  // OpenAI open-weight models
  "gpt-oss:20b": { tools: true, vision: false, embedding: false, reasoning: true, contextSize: 128000, family: "gpt-oss" },
  // vision-language
  "minicpm-v:8b": { tools: false, vision: true, embedding: false, reasoning: false, contextSize: 32000, family: "minicpm" },
  // Mistral
  "mistral:latest": { tools: true, vision: false, embedding: false, reasoning: false, contextSize: 32000, family: "mistral" },
  // Qwen
  "qwen2.5vl:7b": { tools: false, vision: true, embedding: false, reasoning: false, contextSize: 125000, family: "qwen" },
  "qwen3-vl:8b": { tools: false, vision: true, embedding: false, reasoning: false, contextSize: 256000, family: "qwen" },
  "qwen2.5:3b": { tools: true, vision: false, embedding: false, reasoning: false, contextSize: 32000, family: "qwen" },
  "qwen2.5:0.5b": { tools: true, vision: false, embedding: false, reasoning: false, contextSize: 32000, family: "qwen" },
  "qwen3:8b": { tools: true, vision: false, embedding: false, reasoning: true, contextSize: 40000, family: "qwen" },
  "qwen3:4b": { tools: true, vision: false, embedding: false, reasoning: true, contextSize: 40000, family: "qwen" },
  "qwen3:1.7b": { tools: true, vision: false, embedding: false, reasoning: true, contextSize: 40000, family: "qwen" },
  "qwen3:0.6b": { tools: true, vision: false, embedding: false, reasoning: true, contextSize: 40000, family: "qwen" },
  // Granite (IBM)
  "granite3.1-dense:latest": { tools: true, vision: false, embedding: false, reasoning: false, contextSize: 128000, family: "granite" },
  "granite4:latest": { tools: true, vision: false, embedding: false, reasoning: false, contextSize: 128000, family: "granite" },
  // Llama
  "llama3.1:8b": { tools: true, vision: false, embedding: false, reasoning: false, contextSize: 128000, family: "llama3" },
  "llama3.2:3b": { tools: true, vision: false, embedding: false, reasoning: false, contextSize: 128000, family: "llama3" },
  "llama3.2:1b": { tools: true, vision: false, embedding: false, reasoning: false, contextSize: 128000, family: "llama3" },
  "llama2:7b": { tools: false, vision: false, embedding: false, reasoning: false, contextSize: 4000, family: "llama2" },
  // Embeddings
  "nomic-embed-text:latest": { tools: false, vision: false, embedding: true, reasoning: false, contextSize: 8192, family: "nomic" },
} as const;
