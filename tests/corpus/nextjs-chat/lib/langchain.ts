import { ChatOpenAI, OpenAIEmbeddings } from "@langchain/openai";
import { ChatAnthropic } from "@langchain/anthropic";
import { HuggingFaceInferenceEmbeddings } from "@langchain/community/embeddings/hf";
import { HuggingFaceInference } from "@langchain/community/llms/hf";
import { ChatOllama } from "@langchain/ollama";
import { MemoryVectorStore } from "langchain/vectorstores/memory";

export const llm = new ChatOpenAI({ model: "gpt-4o", temperature: 0 });
export const judge = new ChatAnthropic({ model: "claude-3-opus-20240229" });
export const local = new ChatOllama({ model: "mistral-nemo:12b", baseUrl: "http://ollama:11434" });

export const embeddings = new HuggingFaceInferenceEmbeddings({
  model: "BAAI/bge-base-en-v1.5",
  apiKey: process.env.HF_TOKEN,
});
export const fallbackEmbeddings = new OpenAIEmbeddings({ model: "text-embedding-3-small", dimensions: 512 });

export const hfLlm = new HuggingFaceInference({
  model: "mistralai/Mistral-7B-Instruct-v0.3",
  maxTokens: 256,
});

export const store = new MemoryVectorStore(embeddings);
