// adapted from the transformers.js demo-site worker
import {
  env,
  pipeline,
} from "../node_modules/@xenova/transformers/dist/transformers.min.js";

env.allowLocalModels = false;

class LazyPipeline {
  constructor(task, model) {
    this.task = task;
    this.model = model;
    this.pipe = null;
  }

  async send(input) {
    //const prompt = "<s_cord-v2>";
    this.pipe ??= await pipeline(this.task, this.model);
    return this.pipe(input);
  }
}

let ocr = null;

self.onmessage = async (event) => {
  ocr ??= new LazyPipeline(
    "image-to-text",
    //"Xenova/donut-base-finetuned-cord-v2",
    //"Xenova/trocr-base-printed",
    "Xenova/trocr-small-printed",
  );
  try {
    const output = await ocr.send(event.data);
    self.postMessage({ status: "success", output });
  } catch (error) {
    self.postMessage({ status: "failed", error });
  }
};
