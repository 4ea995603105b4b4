import { pipeline } from '@xenova/transformers';

// small enough to run in the browser
const MODEL_NAME = 'Qwen/Qwen2.5-0.5B';
let writer: any;

async function loadWriter() {
  writer = await pipeline('text-generation', 'Xenova/Qwen1.5-0.5B-Chat');
}

const instructions = `Write a one-line description of a blog post.
Start with "On this post you will read about".
Do not invent anything that is not in the text; stay under 10 words.

Text:
`;

function plain(md: string): string {
  return md
    .replace(/#{1,6}\s?/g, '')
    .replace(/\*{1,2}(.*?)\*{1,2}/g, '$1')
    .replace(/!\[(.*?)\]\(.*?\)/g, '$1')
    .replace(/\[(.*?)\]\(.*?\)/g, '$1')
    .replace(/`/g, '');
}

export async function generateDescription(md: string): Promise<string> {
  if (!writer) await loadWriter();
  const chat = [
    { role: 'system', content: 'You are a helpful copywriter.' },
    { role: 'user', content: instructions + plain(md).substring(0, 500) },
  ];
  const text = writer.tokenizer.apply_chat_template(chat, { tokenize: false, add_generation_prompt: true });
  const out = await writer(text, { max_new_tokens: 30, do_sample: false, return_full_text: false });
  return out[0].generated_text.trim();
}
