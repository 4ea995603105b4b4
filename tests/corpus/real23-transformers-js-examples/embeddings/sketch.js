import { pipeline } from 'https://cdn.jsdelivr.net/npm/@xenova/transformers@2.6.0';

async function getEmbeddings(sentences) {
  const extractor = await pipeline('feature-extraction', 'Xenova/all-MiniLM-L6-v2');
  let embeddings = [];
  for (let sentence of sentences) {
    let output = await extractor(sentence, { pooling: 'mean', normalize: true });
    embeddings.push(output.data);
  }
  return embeddings;
}

function cosineSimilarity(vecA, vecB) {
  const dot = vecA.reduce((sum, val, i) => sum + val * vecB[i], 0);
  const mag = (v) => Math.sqrt(v.reduce((s, x) => s + x * x, 0));
  return dot / (mag(vecA) * mag(vecB));
}

const sentences = ['What color is the sky?', 'The sky is blue.', 'An apple is a fruit.'];

document.addEventListener('DOMContentLoaded', async () => {
  const embeddings = await getEmbeddings(sentences);
  console.log(cosineSimilarity(embeddings[0], embeddings[1]));
});
