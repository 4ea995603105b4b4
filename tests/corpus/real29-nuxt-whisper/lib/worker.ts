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

/**
 * Singleton so the model is only loaded once per worker.
 */
class AutomaticSpeechRecognitionPipeline {
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

let processing = false
async function generate({ audio, language }: { audio: Float32Array; language: string }) {
    if (processing) return
    processing = true
    try {
        self.postMessage({ status: 'start' })
        const [tokenizer, processor, model] = await AutomaticSpeechRecognitionPipeline.getInstance()

        const streamer = new TextStreamer(tokenizer, {
            skip_prompt: true,
            skip_special_tokens: true,
            callback_function: (output: string) => self.postMessage({ status: 'update', output }),
        })

        const inputs = await processor(audio instanceof Float32Array ? audio : new Float32Array(audio))
        const outputs = await model.generate({ ...inputs, max_new_tokens: MAX_NEW_TOKENS, language, streamer })
        const decoded = tokenizer.batch_decode(outputs, { skip_special_tokens: true })
        self.postMessage({ status: 'complete', output: decoded })
    } catch (error) {
        console.error('Generation error:', error)
    } finally {
        processing = false
    }
}

async function load() {
    self.postMessage({ status: 'loading', data: 'Loading model...' })
    const [, , model] = await AutomaticSpeechRecognitionPipeline.getInstance(x => self.postMessage(x))
    self.postMessage({ status: 'loading', data: 'Compiling shaders and warming up model...' })
    await model.generate({ input_features: full([1, 80, 3000], 0.0), max_new_tokens: 1 })
    self.postMessage({ status: 'ready' })
}

self.addEventListener('message', async e => {
    const { type, data } = e.data
    switch (type) {
        case 'load':
            load()
            break
        case 'generate':
            generate(data)
            break
    }
})
