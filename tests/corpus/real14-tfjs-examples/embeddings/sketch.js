import { pipeline } from 'https://cdn.jsdelivr.net/npm/@xenova/transformers@2.6.0';

async function embed(sentences) {
  const extractor = await pipeline('feature-extraction', 'Xenova/all-MiniLM-L6-v2');
  const out = [];
  for (const s of sentences) {
    const v = await extractor(s, { pooling: 'mean', normalize: true });
    out.push(v.data);
  }
  return out;
}

const dot = (a, b) => a.reduce((sum, x, i) => sum + x * b[i], 0);
const norm = (a) => Math.sqrt(dot(a, a));
const cosine = (a, b) => dot(a, b) / (norm(a) * norm(b));

const sentences = [
  'What color is the sky?',
  'What is an apple?',
  'The sky is blue.',
  'An apple is a fruit.',
  'I have no idea.',
];
let matrix;

document.addEventListener('DOMContentLoaded', async () => {
  const vecs = await embed(sentences);
  matrix = vecs.map((a) => vecs.map((b) => cosine(a, b)));
  console.log(matrix);
});

new p5((p) => {
  const n = sentences.length;
  let cell;
  let info;
  p.setup = () => {
    p.createCanvas(400, 400);
    cell = p.width / n;
    info = p.createP('');
  };
  p.draw = () => {
    p.background(0);
    if (!matrix) return;
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        p.fill(matrix[i][j] * 255);
        p.rect(j * cell, i * cell, cell, cell);
      }
    }
    const r = Math.floor(p.mouseY / cell);
    const c = Math.floor(p.mouseX / cell);
    if (r >= 0 && r < n && c >= 0 && c < n) {
      info.html(`${sentences[c]}<br>${sentences[r]}<br>${matrix[c][r]}`);
    }
  };
});
