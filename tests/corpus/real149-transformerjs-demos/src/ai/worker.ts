import { pipeline, env, PipelineType } from "@xenova/transformers";

// no local model lookup
env.allowLocalModels = false;

// lazily built singleton pipeline
class PipelineSingleton {
    static task: PipelineType = 'text-classification';
    static model = 'Xenova/distilbert-base-uncased-finetuned-sst-2-english';
    static instance: any = null;

    static async getInstance(progress_callback: undefined | Function = undefined) {
        if (this.instance === null) {
            this.instance = pipeline(this.task, this.model, { progress_callback });
        }
        return this.instance;
    }
}

self.addEventListener('message', async (event) => {
    // first call loads the model; later calls reuse it
    let classifier = await PipelineSingleton.getInstance((x: any) => {
        self.postMessage(x);
    });

    let output = await classifier(event.data.text);

    self.postMessage({
        status: 'complete',
        output: output,
    });
});
