// adapted from the transformers.js demo-site worker
import {
  env,
  pipeline,
  //} from "https://cdn.jsdelivr.net/npm/@xenova/transformers@2.17.2";
} from "../node_modules/@xenova/transformers/dist/transformers.min.js";

env.allowLocalModels = false;

class LazyPipeline {
  constructor(task, model) {
    this.task = task;
    this.model = model;
    this.status = null;
    this.pipe = null;
    this.queue = [];
  }

  async send(input) {
    if (this.status === "success") {
      const { image, question } = input;
      //const image =
      //"https://huggingface.co/datasets/Xenova/transformers.js-docs/resolve/main/invoice.png";
      return this.pipe(image, question);
    }
    if (this.status === "pending") {
      this.queue = [input];
      return;
    }
    this.status = "pending";
    this.queue = [input];
    this.pipe = await pipeline(this.task, this.model);
    this.status = "success";
    return this.send(this.queue.pop());
  }
}

let docqa = null;

self.onmessage = async (event) => {
  docqa ??= new LazyPipeline(
    "document-question-answering",
    "Xenova/donut-base-finetuned-docvqa",
  );
  const output = await docqa.send(event.data);
  if (output) self.postMessage({ status: "success", input: event.data, output });
};
