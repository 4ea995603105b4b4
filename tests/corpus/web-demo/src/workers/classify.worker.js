import { pipeline, env } from '@huggingface/transformers';

// Only use the remote models; we do not ship weights in /public/models/.
env.allowLocalModels = false;
env.localModelPath = '/models/';

class PipelineSingleton {
  static task = 'text-classification';
  static model = 'Xenova/distilbert-base-uncased-finetuned-sst-2-english';
  static instance = null;

  static async getInstance(progress_callback = null) {
    this.instance ??= pipeline(this.task, this.model, { progress_callback });
    return this.instance;
  }
}

self.addEventListener('message', async (event) => {
  const classifier = await PipelineSingleton.getInstance((x) => self.postMessage(x));
  const output = await classifier(event.data.text);
  self.postMessage({ status: 'complete', output });
});
