import {
  env,
  pipeline,
  //} from "https://cdn.jsdelivr.net/npm/@xenova/transformers@2.17.2";
} from "../node_modules/@xenova/transformers/dist/transformers.min.js";

env.allowLocalModels = false;

class Pipeline {
  constructor(task, model) {
    if (!task || !model) throw new Error("task and model are required");
    this.task = task;
    this.model = model;
    this.status = null;
    this.pipeline = null;
    this.queue = [];
  }

  async send(input) {
    if (this.status === "success") {
      const { image, question } = input;
      //const image =
      //"https://huggingface.co/datasets/Xenova/transformers.js-docs/resolve/main/invoice.png";
      return this.pipeline(image, question);
    }
    if (this.status === "pending") {
      this.queue = [input];
      return;
    }
    this.status = "pending";
    this.queue = [input];
    this.pipeline = await pipeline(this.task, this.model);
    this.status = "success";
    return this.send(this.queue.pop());
  }
}

let instance = null;

self.onmessage = async (event) => {
  instance ??= new Pipeline(
    "document-question-answering",
    "Xenova/donut-base-finetuned-docvqa",
  );
  const output = await instance.send(event.data);
  if (output) self.postMessage({ status: "success", input: event.data, output });
};
