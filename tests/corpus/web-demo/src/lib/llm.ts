import OpenAI from 'openai';
import * as webllm from '@mlc-ai/web-llm';
import type { ChatCompletionMessageParam } from 'openai/resources/chat/completions';

const client = new OpenAI({ apiKey: import.meta.env.VITE_OPENAI_KEY, dangerouslyAllowBrowser: true });

export async function ask(messages: ChatCompletionMessageParam[]) {
  const res = await client.chat.completions.create({ model: 'gpt-4o-mini', messages });
  return res.choices[0].message.content;
}

export async function askLocal(messages: webllm.ChatCompletionMessageParam[]) {
  const engine = await webllm.CreateMLCEngine('Llama-3.1-8B-Instruct-q4f32_1-MLC', {
    initProgressCallback: (p) => console.log(`loading ${p.progress}`),
  });
  return engine.chat.completions.create({ messages });
}

export const API_BASE = '/api/v1/chat';
export const headers = { 'Content-Type': 'application/json', Accept: 'text/event-stream' };
