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
  static queue = [];
  static status = null;

  static exec(input, options) {
    if (this.modelId === null) throw new Error("set modelId first");
    if (this.status === null) {
      this.queue = [input];
      return this.init(options);
    }
    if (this.status === "pending") {
      this.queue = [input];
      return;
    }
    const { query, documents } = input;
    return this.rank(query, documents, options).then((scores) =>
      self.postMessage({ input, output: scores }),
    );
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

  static init(options) {
    this.status = "pending";
    Promise.all([
      AutoModelForSequenceClassification.from_pretrained(this.modelId, { quantized: false }),
      AutoTokenizer.from_pretrained(this.modelId),
    ]).then(([model, tokenizer]) => {
      this.model = model;
      this.tokenizer = tokenizer;
      this.status = "success";
      this.queue.length && this.exec(this.queue.pop(), options);
    });
  }
}

class TextClassification extends Reranker {
  static modelId = "jinaai/jina-reranker-v1-turbo-en";
}

self.onmessage = async (event) => {
  TextClassification.exec(event.data.input);
};
