// adapted from https://github.com/xenova/transformers.js/blob/main/examples/demo-site/src/worker.js
import {
  pipeline,
  env,
} from "https://cdn.jsdelivr.net/npm/@xenova/transformers@2.17.2";

env.allowLocalModels = false;

const cache = {};

function load(task, model, progress_callback) {
  const key = `${task}:${model}`;
  if (cache[key]) return cache[key];

  cache[key] = { status: "pending", queue: [] };

  pipeline(task, model, { progress_callback }).then((pipe) => {
    cache[key].status = "success";
    cache[key].run = async ({ text, time }) => {
      const output = await pipe(text);
      self.postMessage({ status: "success", text, time, output });
    };
    if (cache[key].queue.length) {
      const last = cache[key].queue.pop();
      cache[key].queue = [];
      cache[key].run(last);
    }
  });

  return cache[key];
  // progress events look like:
  // {status: "progress", file: "onnx/model_quantized.onnx", loaded: 631599, total: 110045457}
  // {status: 'ready', task: 'text-classification', model: "Xenova/robertuito-sentiment-analysis"}
}

function debounce(fn, ms = 250) {
  let timer = null;
  return (...args) => {
    timer && clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

self.onmessage = debounce(async (event) => {
  const { text, time } = event.data;

  const model = load(
    "sentiment-analysis",
    "Xenova/robertuito-sentiment-analysis",
    self.postMessage,
  );
  //const model = load("text-generation", "Xenova/Phi-3-mini-4k-instruct");
  //const model = load("translation", "Xenova/opus-mt-en-jap", self.postMessage);

  if (model.status !== "success") {
    model.queue.push(event.data);
    return;
  }
  await model.run({ text, time });
});
