
import { pipeline } from "@huggingface/transformers";

// eslint-disable-next-line no-restricted-globals
const ctx: Worker = self as any;

let asr: any = null;

ctx.addEventListener("message", async (event) => {
  try {
    const { audio, model, subtask, language } = event.data;

    if (!asr) {
      ctx.postMessage({ status: "initiate", file: model, name: "Model", loaded: 0, progress: 0, total: 100 });
      asr = await pipeline("automatic-speech-recognition", model, {
        progress_callback: (p: any) => {
          if (p.status === "download") {
            ctx.postMessage({ status: "progress", file: model, progress: (p.loaded / p.total) * 100 });
          }
        },
        device: "webgpu",
      });
      ctx.postMessage({ status: "ready" });
    }

    const result = await asr(audio, {
      task: subtask || "transcribe",
      language,
      chunk_length_s: 30,
      stride_length_s: 5,
      return_timestamps: true,
    });
    ctx.postMessage({ status: "complete", data: result });
  } catch (err) {
    ctx.postMessage({ status: "error", data: { message: err instanceof Error ? err.message : String(err) } });
  }
});

ctx.postMessage({ status: "initialized" });
