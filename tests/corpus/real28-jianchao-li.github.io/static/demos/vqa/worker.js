import { AutoProcessor, AutoTokenizer, Moondream1ForConditionalGeneration, RawImage } from 'https://cdn.jsdelivr.net/npm/@huggingface/transformers@3.4.1';

const MODEL_ID = 'Xenova/moondream2';

let processor = null;
let tokenizer = null;
let model = null;

self.onmessage = async (event) => {
  const { type, data } = event.data;

  if (type === 'init') {
    try {
      tokenizer = await AutoTokenizer.from_pretrained(MODEL_ID);
      processor = await AutoProcessor.from_pretrained(MODEL_ID);
      model = await Moondream1ForConditionalGeneration.from_pretrained(MODEL_ID, {
        dtype: { embed_tokens: 'fp16', vision_encoder: 'fp16', decoder_model_merged: 'q4' },
        progress_callback: (p) => {
          if (p.status === 'downloading') {
            self.postMessage({ type: 'progress', message: `Downloading: ${p.file}` });
          }
        },
      });
      self.postMessage({ type: 'ready' });
    } catch (error) {
      self.postMessage({ type: 'error', message: error.message });
    }
  }

  if (type === 'ask') {
    const { imageSource, question } = data;
    const image = await RawImage.read(imageSource);
    const prompt = `<image>\n\nQuestion: ${question}\n\nAnswer:`;
    const visionInputs = await processor(image);
    const textInputs = tokenizer(prompt);
    const outputIds = await model.generate({ ...visionInputs, ...textInputs, do_sample: false, max_new_tokens: 64 });
    const generated = outputIds.slice(null, [textInputs.input_ids.dims[1], null]);
    const answer = tokenizer.batch_decode(generated, { skip_special_tokens: true })[0].trim();
    self.postMessage({ type: 'answer', answer });
  }
};
