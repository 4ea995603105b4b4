import { pipeline, type FeatureExtractionPipeline } from '@huggingface/transformers';
import { HfInference } from '@huggingface/inference';

export const EMBEDDING_MODEL = 'mixedbread-ai/mxbai-embed-xsmall-v1';
const RERANK_MODEL_ID: string = 'jinaai/jina-reranker-v1-tiny-en';

let extractor: Promise<FeatureExtractionPipeline> | null = null;

export async function embed(texts: string[]): Promise<number[][]> {
  extractor ??= pipeline('feature-extraction', EMBEDDING_MODEL, { dtype: 'q8' }) as Promise<FeatureExtractionPipeline>;
  const out = await (await extractor)(texts, { pooling: 'mean', normalize: true });
  return out.tolist();
}

const hf = new HfInference(import.meta.env.VITE_HF_TOKEN);

export async function summarize(text: string): Promise<string> {
  const res = await hf.summarization({ model: 'facebook/bart-large-cnn', inputs: text });
  return res.summary_text;
}

export async function chat(prompt: string) {
  return hf.chatCompletion({
    model: "meta-llama/Llama-3.2-3B-Instruct",
    messages: [{ role: "user", content: prompt }],
    max_tokens: 256,
  });
}

export const rerankerId = RERANK_MODEL_ID;
