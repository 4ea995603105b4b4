import {
  env,
  pipeline,
} from "../node_modules/@xenova/transformers/dist/transformers.min.js";

env.allowLocalModels = false;

class Pipeline {
  constructor(task, model) {
    this.task = task;
    this.model = model;
    this.pipeline = null;
  }

  async send(input) {
    //const prompt = "<s_cord-v2>";
    this.pipeline ??= await pipeline(this.task, this.model);
    return this.pipeline(input);
  }
}

let instance = null;

self.onmessage = async (event) => {
  instance ??= new Pipeline(
    "image-to-text",
    //"Xenova/donut-base-finetuned-cord-v2",
    "Xenova/trocr-small-printed",
  );
  try {
    const output = await instance.send(event.data);
    self.postMessage({ status: "success", output });
  } catch (error) {
    self.postMessage({ status: "failed", error });
  }
};
