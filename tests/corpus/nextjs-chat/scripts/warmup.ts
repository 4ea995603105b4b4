import { pipeline, AutoTokenizer } from '@huggingface/transformers';

// Server-side ONNX models used by the /api/moderate route.
const TOKENIZER_REPO = 'Xenova/llama3-tokenizer-new';
const classifier = await pipeline('zero-shot-classification', 'MoritzLaurer/deberta-v3-base-zeroshot-v2.0', { dtype: 'q8' });
const tokenizer = await AutoTokenizer.from_pretrained(TOKENIZER_REPO);
const summarizer = await pipeline('summarization', 'Xenova/distilbart-cnn-6-6');
console.log(await classifier('Refund not received', ['billing', 'shipping']), tokenizer.encode('hi').length, summarizer.task);
