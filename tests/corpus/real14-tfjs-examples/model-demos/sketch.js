// pipeline() from the transformers.js CDN build
import { pipeline } from 'https://cdn.jsdelivr.net/npm/@xenova/transformers@2.6.0';

// lazily created pipelines
let summarizer, generator, classifier;

window.addEventListener('load', () => {
  document.getElementById('summarize').addEventListener('click', summarize);
  document.getElementById('generate').addEventListener('click', generate);
  document.getElementById('classify').addEventListener('click', classify);
});

const statusEl = document.getElementById('status');
const outputEl = document.getElementById('output');

async function summarize() {
  const text = document.getElementById('inputText').value;
  if (!summarizer) {
    setStatus('Loading summarization model...');
    summarizer = await pipeline('summarization', 'Xenova/distilbart-cnn-6-6');
  }
  setStatus('Summarizing...');
  const out = await summarizer(text, { max_new_tokens: 100 });
  showOutput(out[0].summary_text);
}

async function generate() {
  const text = document.getElementById('inputText').value;
  if (!generator) {
    setStatus('Loading generation model...');
    generator = await pipeline(
      'text2text-generation',
      'Xenova/LaMini-Flan-T5-783M'
    );
  }
  setStatus('Generating...');
  const out = await generator(text, { max_new_tokens: 100 });
  showOutput(out[0]);
}

async function classify() {
  const text = document.getElementById('inputText').value;
  if (!classifier) {
    setStatus('Loading classification model...');
    classifier = await pipeline('text-classification', 'Xenova/toxic-bert');
  }
  setStatus('Classifying...');
  const results = await classifier(text, { topk: null });
  showOutput(results.map((r) => `${r.label} : ${r.score}`).join('<br>'));
}

function setStatus(msg) {
  statusEl.textContent = 'Status: ' + msg;
}

function showOutput(msg) {
  outputEl.innerHTML = msg;
  setStatus('Ready');
}
