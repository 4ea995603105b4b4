import { pipeline, type AutomaticSpeechRecognitionPipeline } from "@huggingface/transformers";
import { KokoroTTS } from "kokoro-js";

const ASR_MODEL = "onnx-community/whisper-base";
const TTS_MODEL_ID = "onnx-community/Kokoro-82M-v1.0-ONNX";

let asr: AutomaticSpeechRecognitionPipeline | undefined;

export async function transcribe(audio: Float32Array): Promise<string> {
  asr ??= (await pipeline("automatic-speech-recognition", ASR_MODEL, { device: "webgpu", dtype: "fp32" })) as AutomaticSpeechRecognitionPipeline;
  const out = await asr(audio, { language: "en" });
  return Array.isArray(out) ? out[0].text : out.text;
}

export async function speak(text: string) {
  const tts = await KokoroTTS.from_pretrained(TTS_MODEL_ID, { dtype: "q8", device: "wasm" });
  return tts.generate(text, { voice: "af_heart" });
}

export const VAD = { model: "onnx-community/silero-vad", revision: "main" };
export const ACCEPT = "audio/webm;codecs=opus";
