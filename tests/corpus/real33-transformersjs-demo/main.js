import { pipeline, env } from '@huggingface/transformers';

// Skip local model check (always use remote/cached)
env.allowLocalModels = false;

// ============================================
// TEXT SUMMARIZATION
// ============================================
const SUMMARIZE_MODEL = 'Xenova/distilbart-cnn-6-6';
const SUMMARIZE_TASK = 'summarization';

// ============================================
// SENTIMENT ANALYSIS
// ============================================
const SENTIMENT_MODEL = 'Xenova/distilbert-base-uncased-finetuned-sst-2-english';
const SENTIMENT_TASK = 'sentiment-analysis';

// ============================================
// TEXT2TEXT GENERATION
// ============================================
const TEXT2TEXT_MODEL = 'Xenova/flan-t5-small';
const TEXT2TEXT_TASK = 'text2text-generation';

// ============================================
// FILL-MASK
// ============================================
const FILLMASK_MODEL = 'Xenova/bert-base-uncased';
const FILLMASK_TASK = 'fill-mask';

const $ = (id) => document.getElementById(id);

function createProgressCallback(statusEl, barEl, infoEl) {
    return (progress) => {
        if (progress.status === 'initiate') {
            statusEl.textContent = `⏳ Downloading: ${progress.file}`;
        } else if (progress.status === 'progress') {
            const percent = Math.round(progress.progress);
            barEl.style.width = `${percent}%`;
            infoEl.textContent = `${progress.file}: ${percent}%`;
        } else if (progress.status === 'done') {
            infoEl.textContent = `✓ ${progress.file} complete`;
        }
    };
}

async function load(task, model, prefix) {
    $(`${prefix}ModelName`).textContent = model;
    const pipe = await pipeline(task, model, {
        dtype: 'fp32',
        progress_callback: createProgressCallback($(`${prefix}Status`), $(`${prefix}ProgressBar`), $(`${prefix}ProgressInfo`)),
    });
    $(`${prefix}Status`).textContent = '✅ Ready!';
    $(`${prefix}Btn`).disabled = false;
    return pipe;
}

const summarizer = await load(SUMMARIZE_TASK, SUMMARIZE_MODEL, 'summarize');
const classifier = await load(SENTIMENT_TASK, SENTIMENT_MODEL, 'sentiment');
const generator = await load(TEXT2TEXT_TASK, TEXT2TEXT_MODEL, 'text2text');
const filler = await load(FILLMASK_TASK, FILLMASK_MODEL, 'fillmask');

$('summarizeBtn').addEventListener('click', async () => {
    const output = await summarizer($('summarizeInput').value.trim(), { max_new_tokens: 100, min_length: 20 });
    $('summarizeResult').innerHTML = `<strong>${output[0].summary_text}</strong>`;
});

$('sentimentBtn').addEventListener('click', async () => {
    const [{ label, score }] = await classifier($('sentimentInput').value.trim());
    $('sentimentResult').innerHTML = `<strong class="${label.toLowerCase()}">${label}</strong> ${(score * 100).toFixed(1)}%`;
});

$('text2textBtn').addEventListener('click', async () => {
    const output = await generator($('text2textInput').value.trim(), { max_new_tokens: 100 });
    $('text2textResult').innerHTML = `<strong>${output[0].generated_text}</strong>`;
});

$('fillmaskBtn').addEventListener('click', async () => {
    const text = $('fillmaskInput').value.trim();
    if (!text.includes('[MASK]')) return;
    const output = await filler(text);
    $('fillmaskResult').innerHTML = output.slice(0, 3).map((t, i) => `${i + 1}. ${t.token_str}`).join('<br>');
});
