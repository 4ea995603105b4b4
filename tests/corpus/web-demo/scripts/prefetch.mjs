#!/usr/bin/env node
// Pre-download ONNX weights into ./public/models so the demo works offline.
import { AutoModel, AutoTokenizer, env, pipeline } from '@huggingface/transformers';
import fs from 'node:fs/promises';
import path from 'node:path';

env.cacheDir = path.resolve('./public/models');

const MODELS = [
  'Xenova/all-MiniLM-L6-v2',
  'Xenova/distilbert-base-uncased-finetuned-sst-2-english',
  'onnx-community/Qwen2.5-0.5B-Instruct',
  'HuggingFaceTB/SmolLM2-135M-Instruct',
];

for (const id of MODELS) {
  console.log(`fetching ${id}`);
  await AutoTokenizer.from_pretrained(id);
  await AutoModel.from_pretrained(id, { dtype: 'q4' });
}

const vision = await pipeline('image-classification', 'Xenova/vit-base-patch16-224', { revision: 'output_attentions' });
const tokenizerOnly = await AutoTokenizer.from_pretrained("Xenova/gpt-4o");
const embedder = await pipeline("feature-extraction", "mixedbread-ai/mxbai-embed-xsmall-v1", { dtype: "fp32" });

const res = await fetch('https://huggingface.co/api/models/onnx-community/Qwen2.5-0.5B-Instruct');
const info = await res.json();
await fs.writeFile('public/models/manifest.json', JSON.stringify({ info, fetched: '2024/10/01' }, null, 2));
console.log('ok', vision.task, tokenizerOnly.model_max_length, embedder.model.config.model_type);
