export const DOCUMENT_EMBEDDING_MODEL_NAME = "Xenova/bge-m3";
export const DOCUMENT_EMBEDDING_MODEL_FILES = [
  {
    name: "config.json",
    url: "https://huggingface.co/Xenova/bge-m3/resolve/main/config.json?download=true",
    sha512: "",
  },
  {
    name: "tokenizer_config.json",
    url: "https://huggingface.co/Xenova/bge-m3/resolve/main/tokenizer_config.json?download=true",
    sha512: "",
  },
  {
    name: "tokenizer.json",
    url: "https://huggingface.co/Xenova/bge-m3/resolve/main/tokenizer.json?download=true",
    sha512: "",
  },
  {
    name: "model_quantized.onnx",
    path: "onnx/model_quantized.onnx",
    url: "https://huggingface.co/Xenova/bge-m3/resolve/main/onnx/model_quantized.onnx?download=true",
    sha512: "",
  },
];
