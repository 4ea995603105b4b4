// offscreen.js
// Handles summarization and progress reporting

async function waitForTransformers() {
  let attempts = 0;
  while (!window.transformers && attempts < 100) {
    await new Promise(resolve => setTimeout(resolve, 100));
    attempts++;
  }
  if (!window.transformers) throw new Error("Transformers.js failed to load.");
  return window.transformers;
}

const pipelineCache = {};

function sendProgress(progress, status) {
  chrome.runtime.sendMessage({ type: 'summarizationProgress', progress, status }).catch(() => {});
}

function estimateTokens(text) {
  return Math.ceil(text.length / 4);
}

function chunkText(text, maxTokensPerChunk = 400) {
  const maxChars = maxTokensPerChunk * 4;
  if (text.length <= maxChars) return [text];
  const chunks = [];
  let current = "";
  for (const para of text.split(/\n\n+/)) {
    if ((current + para).length <= maxChars) {
      current += (current ? "\n\n" : "") + para;
    } else {
      if (current) chunks.push(current);
      current = para.slice(0, maxChars);
    }
  }
  if (current) chunks.push(current);
  return chunks;
}

async function summarizeChunk(transformers, text, model) {
  if (!pipelineCache[model]) {
    sendProgress(15, `Loading model ${model}...`);
    pipelineCache[model] = await transformers.pipeline("summarization", model);
    sendProgress(50, "Model ready!");
  }
  const summarizer = pipelineCache[model];
  const inputText = model.includes("t5") ? "summarize: " + text : text;
  const result = await summarizer(inputText, { max_length: 150, min_length: 40, do_sample: false });
  return result[0].summary_text;
}

async function summarizeWithTransformersJS(text, model = "distilbart-cnn-12-6") {
  const transformers = await waitForTransformers();
  const maxTokens = model.includes("bart") ? 1024 : 512;

  if (estimateTokens(text) < maxTokens * 0.8) return await summarizeChunk(transformers, text, model);

  const chunks = chunkText(text, Math.floor(maxTokens * 0.8));
  const summaries = [];
  for (let i = 0; i < chunks.length; i++) {
    sendProgress(10 + ((i / chunks.length) * 70), `Summarizing chunk ${i + 1}/${chunks.length}...`);
    summaries.push(await summarizeChunk(transformers, chunks[i], model));
  }
  return await summarizeChunk(transformers, summaries.join(" "), model);
}

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (message.action === "summarizeWithTransformers") {
    summarizeWithTransformersJS(message.text, message.model)
      .then(summary => sendResponse({ success: true, summary }))
      .catch(error => sendResponse({ success: false, error: error.message }));
    return true;
  }
});
