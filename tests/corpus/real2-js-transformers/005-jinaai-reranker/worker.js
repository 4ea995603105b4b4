// adapted from the transformers.js demo-site worker
import {
  env,
  AutoTokenizer,
  AutoModelForSequenceClassification,
} from "https://cdn.jsdelivr.net/npm/@xenova/transformers@2.17.2";

env.allowLocalModels = false;

class Reranker {
  static modelId = null;
  static model = null;
  static tokenizer = null;
  static status = null;
  static queue = [];

  static exec(input) {
    if (this.modelId === null) throw new Error("set modelId first");
    if (this.status === null) {
      this.queue = [input];
      return this.init();
    }
    if (this.status === "success") {
      const { query, documents } = input;
      return this.rank(query, documents).then((scores) => self.postMessage({ input, output: scores }));
    }
    this.queue = [input];
  }

  static async rank(query, documents, { top_k = documents.length } = {}) {
    const inputs = this.tokenizer(new Array(documents.length).fill(query), {
      text_pair: documents,
      padding: true,
      truncation: true,
    });
    const { logits } = await this.model(inputs);
    return logits
      .sigmoid()
      .tolist()
      .map(([score], i) => ({ corpus_id: i, score, text: documents[i] }))
      .sort((a, b) => b.score - a.score)
      .slice(0, top_k);
  }

  static init() {
    this.status = "pending";
    Promise.all([
      AutoModelForSequenceClassification.from_pretrained(this.modelId, { quantized: false }),
      AutoTokenizer.from_pretrained(this.modelId),
    ]).then(([model, tokenizer]) => {
      this.model = model;
      this.tokenizer = tokenizer;
      this.status = "success";
      this.queue.length && this.exec(this.queue.pop());
    });
  }
}

class JinaReranker extends Reranker {
  static modelId = "jinaai/jina-reranker-v1-turbo-en";
}

self.onmessage = async ({ data }) => JinaReranker.exec(data.input);
