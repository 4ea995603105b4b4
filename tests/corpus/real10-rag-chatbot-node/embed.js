import { pipeline } from '@xenova/transformers';

let extractor;

export async function initEmbedder() {
  extractor = await pipeline('feature-extraction', 'Xenova/all-MiniLM-L6-v2');
}

export async function embed(text) {
  const out = await extractor(text, { pooling: 'mean', normalize: true });
  return Array.from(out.data);
}
