import { pipeline, PipelineType } from '@xenova/transformers';
import { MessageTypes } from './presets';

class TranscriptionPipeline {
    static task: string = 'automatic-speech-recognition';
    static model: string = 'openai/whisper-tiny.en';
    private static instance: any = null;

    static async getInstance(progress_callback: ((data: any) => void) | undefined): Promise<any> {
        if (this.instance === null) {
            this.instance = await pipeline(this.task as PipelineType, this.model, { progress_callback });
        }
        return this.instance;
    }
}

self.addEventListener('message', async (event: MessageEvent) => {
    const { type, audio } = event.data;
    if (type === MessageTypes.INFERENCE_REQUEST) {
        await transcribe(audio);
    }
});

async function transcribe(audio: any): Promise<void> {
    self.postMessage({ type: MessageTypes.LOADING, status: 'loading' });
    let asr;
    try {
        asr = await TranscriptionPipeline.getInstance(onProgress);
    } catch (err: any) {
        console.error(err.message);
    }
    self.postMessage({ type: MessageTypes.LOADING, status: 'success' });

    const result = await asr(audio, {
        top_k: 0,
        do_sample: false,
        chunk_length: 30,
        stride_length_s: 5,
        return_timestamps: true,
    });
    self.postMessage({ type: MessageTypes.RESULT, results: result.chunks, isDone: true });
    self.postMessage({ type: MessageTypes.INFERENCE_DONE });
}

async function onProgress(data: any): Promise<void> {
    if (data.status === 'progress') {
        const { file, progress, loaded, total } = data;
        self.postMessage({ type: MessageTypes.DOWNLOADING, file, progress, loaded, total });
    }
}
