import { pipeline, AutoProcessor, WhisperForConditionalGeneration } from "@huggingface/transformers";

const MODEL_ID = "onnx-community/whisper-base";

let transcriber;
async function load(device = "webgpu") {
  transcriber ??= await pipeline("automatic-speech-recognition", "Xenova/whisper-tiny.en", {
    dtype: { encoder_model: "fp32", decoder_model_merged: "q4" },
    device,
  });
  const processor = await AutoProcessor.from_pretrained(MODEL_ID);
  const model = await WhisperForConditionalGeneration.from_pretrained(MODEL_ID, { device, revision: "main" });
  return { processor, model };
}

self.onmessage = async ({ data }) => {
  const { audio, language = "en" } = data;
  await load();
  const result = await transcriber(audio, { language, task: "transcribe", chunk_length_s: 30 });
  self.postMessage({ type: "result", text: result.text, mime: "audio/wav" });
};
