import { anthropic } from '@ai-sdk/anthropic';
import { openai } from '@ai-sdk/openai';
import { streamText } from 'ai';
import dotenv from 'dotenv';

dotenv.config();

// a plain record works for customised models as well
const myModels = {
  'structuring-model': openai('gpt-4o-2024-08-06', {
    structuredOutputs: true,
  }),
  'smart-model': anthropic('claude-3-5-sonnet-20240620'),
} as const;

async function main() {
  const result = await streamText({
    model: myModels['structuring-model'],
    prompt: 'Make up a new holiday and its customs.',
  });
  for await (const part of result.textStream) {
    process.stdout.write(part);
  }
}

main().catch(console.error);
