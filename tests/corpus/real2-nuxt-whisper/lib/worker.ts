import {
    AutoTokenizer,
    AutoProcessor,
    WhisperForConditionalGeneration,
    TextStreamer,
    full,
    PreTrainedTokenizer,
    type ProgressCallback,
    Processor,
    PreTrainedModel,
} from '@huggingface/transformers'

const MAX_NEW_TOKENS = 264

/** Loads the model once and hands out the same instances. */
class SpeechToText {
    static model_id = 'onnx-community/whisper-base'
    static tokenizer: Promise<PreTrainedTokenizer> | null = null
    static processor: Promise<Processor> | null = null
    static model: Promise<PreTrainedModel> | null = null

    static async getInstance(progress_callback: ProgressCallback | undefined = undefined) {
        this.tokenizer ??= AutoTokenizer.from_pretrained(this.model_id, { progress_callback })
        this.processor ??= AutoProcessor.from_pretrained(this.model_id, { progress_callback })
        this.model ??= WhisperForConditionalGeneration.from_pretrained(this.model_id, {
            dtype: {
                encoder_model: 'fp32',
                decoder_model_merged: 'q4',
            },
            device: 'webgpu',
            progress_callback,
        })
        return Promise.all([this.tokenizer, this.processor, this.model])
    }
}

let busy = false
async function generate({ audio, language }: { audio: Float32Array; language: string }) {
    if (busy) return
    busy = true
    try {
        self.postMessage({ status: 'start' })
        const [tokenizer, processor, model] = await SpeechToText.getInstance()
        const streamer = new TextStreamer(tokenizer, {
            skip_prompt: true,
            skip_special_tokens: true,
            callback_function: (output) => self.postMessage({ status: 'update', output }),
        })
        const inputs = await processor(audio instanceof Float32Array ? audio : new Float32Array(audio))
        const outputs = await model.generate({ ...inputs, max_new_tokens: MAX_NEW_TOKENS, language, streamer })
        self.postMessage({ status: 'complete', output: tokenizer.batch_decode(outputs, { skip_special_tokens: true }) })
    } finally {
        busy = false
    }
}

async function load() {
    self.postMessage({ status: 'loading', data: 'Loading model...' })
    const [, , model] = await SpeechToText.getInstance((x) => self.postMessage(x))
    await model.generate({ input_features: full([1, 80, 3000], 0.0), max_new_tokens: 1 })
    self.postMessage({ status: 'ready' })
}

self.addEventListener('message', async (e) => {
    const { type, data } = e.data
    if (type === 'load') load()
    else if (type === 'generate') generate(data)
})
