import { OllamaSettings } from "model/OllamaSettings";

export const DEFAULT_SETTINGS: OllamaSettings = {
  ollamaUrl: "http://localhost:11434",
  defaultModel: "mistral",
  defaultEmbedModel: "mxbai-embed-large",
};
