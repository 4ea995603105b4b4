import { openai } from '@ai-sdk/openai';
import { anthropic } from '@ai-sdk/anthropic';
import { google } from '@ai-sdk/google';
import { createOllama } from 'ollama-ai-provider';
import { HfInference } from '@huggingface/inference';

const ollama = createOllama({ baseURL: process.env.OLLAMA_URL ?? 'http://localhost:11434/api' });

export const chatModels = {
  'gpt-4o-mini': openai('gpt-4o-mini'),
  'gpt-4o': openai('gpt-4o', { structuredOutputs: true }),
  sonnet: anthropic('claude-3-5-sonnet-latest'),
  haiku: anthropic('claude-3-5-haiku-latest'),
  flash: google('gemini-1.5-flash-latest'),
  local: ollama('llama3.2'),
  'local-coder': ollama('qwen2.5-coder:7b'),
} as const;

export type ChatModelId = keyof typeof chatModels;
export const DEFAULT_CHAT_MODEL: ChatModelId = 'gpt-4o-mini';

const hf = new HfInference(process.env.HF_TOKEN);

export async function embed(texts: string[]) {
  return hf.featureExtraction({ model: 'sentence-transformers/all-MiniLM-L6-v2', inputs: texts });
}

export async function caption(image: Blob) {
  return hf.imageToText({ data: image, model: 'Salesforce/blip-image-captioning-large' });
}

export async function moderate(text: string) {
  const res = await hf.textClassification({ model: 'KoalaAI/Text-Moderation', inputs: text });
  return res[0];
}
