import { Client } from "@gradio/client";
import { InferenceClient } from "@huggingface/inference";

const SPACE = "black-forest-labs/FLUX.1-schnell";
const inference = new InferenceClient(import.meta.env.VITE_HF_TOKEN);

export async function draw(prompt: string) {
  const app = await Client.connect(SPACE);
  return app.predict("/infer", { prompt, seed: 0, width: 1024, height: 1024 });
}

export async function tts(text: string) {
  return inference.textToSpeech({ model: "hexgrad/Kokoro-82M", inputs: text, provider: "fal-ai" });
}

export async function describe(imageUrl: string) {
  return inference.chatCompletion({
    model: "Qwen/Qwen2.5-VL-7B-Instruct",
    provider: "hyperbolic",
    messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: imageUrl } }, { type: "text", text: "Describe" }] }],
  });
}

export const ROUTES = { draw: "/api/draw", tts: "/api/tts", describe: "/api/describe" };
