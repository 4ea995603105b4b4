import {
  pipeline,
  env,
} from "https://cdn.jsdelivr.net/npm/@xenova/transformers@2.17.2";

// Do not look for models on the local server.
env.allowLocalModels = false;

const extractor = await pipeline(
  "feature-extraction",
  "Xenova/all-MiniLM-L6-v2",
  { progress_callback: console.log },
);

self.onmessage = async (event) => {
  // event.data is a string or an array of strings
  const output = await extractor(event.data, {
    pooling: "mean",
    // see https://www.sbert.net/docs/package_reference/sentence_transformer/SentenceTransformer.html#id1
    normalize: false,
  });
  self.postMessage(output.tolist());
};
