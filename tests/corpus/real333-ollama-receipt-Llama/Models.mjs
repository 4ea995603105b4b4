export const MODELS = {
  gemma: "gemma3:27b",
  granite: "granite3.2-vision:latest",
  llama4: "llama4:latest",
};
