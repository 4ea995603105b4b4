import {
  pipeline,
  env,
} from "https://cdn.jsdelivr.net/npm/@xenova/transformers@2.17.2";

// do not look for models on the local server
env.allowLocalModels = false;

const embedder = await pipeline(
  "feature-extraction",
  "Xenova/all-MiniLM-L6-v2",
  { progress_callback: console.log },
);

self.onmessage = async (event) => {
  // a single string or an array of strings
  const result = await embedder(event.data, { pooling: "mean", normalize: false });
  self.postMessage(result.tolist());
};
