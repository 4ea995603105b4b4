/**
 * whisper.worker.js
 * (C) The Hyperaudio Project
 * @version 0.6.7 — last changed in release 0.6.7
 * @license MIT
 */

import { pipeline } from "https://cdn.jsdelivr.net/npm/@huggingface/transformers@4.2.0";

const SAMPLE_RATE = 16000;
const WINDOW_S = 300;   // transcribe in 5-minute windows to bound memory
const OVERLAP_S = 10;   // each seam is transcribed by both windows

let cache = { key: null, pipe: null, device: null };

self.addEventListener("message", async (event) => {
  const { type, audio, model_name } = event.data;

  if (type !== "INFERENCE_REQUEST") {
    return;
  }

  let pipe;
  try {
    pipe = await getPipeline(model_name);
  } catch (e) {
    console.error(e);
    self.postMessage({ type: "error", stage: "load", message: e?.message || String(e) });
    return;
  }

  try {
    const output = await transcribe(pipe, audio);
    self.postMessage({ type: "result", output });
  } catch (e) {
    console.error(e);
    // WebGPU can pass pipeline init yet fail at inference time on some GPUs –
    // rebuild on WASM and retry once before giving up.
    if (cache.device === "webgpu") {
      try {
        pipe = await getPipeline(model_name, ["wasm"]);
        const output = await transcribe(pipe, audio);
        self.postMessage({ type: "result", output });
        return;
      } catch (retryError) {
        console.error(retryError);
        self.postMessage({ type: "error", stage: "transcribe", message: retryError?.message || String(retryError) });
        return;
      }
    }
    self.postMessage({ type: "error", stage: "transcribe", message: e?.message || String(e) });
  }
});

// Preferred dtype first, then a fallback: the quantized exports of some of the
// *_timestamped models predate the v4 ONNX runtime and fail session creation
// ("Missing required scale ... MatMulNBits"), so always keep a variant in the
// list that loads everywhere – fp32, except for turbo where fp32 is 2.5 GB.
function pickDtypes(model_name, device) {
  if (model_name.includes("large-v3-turbo")) {
    return ["q4f16", "q4"];
  }
  if (device === "webgpu") {
    // fp16 whisper decoders are numerically fragile and prone to repetition
    // loops – use the same per-component dtypes as the official demos.
    return [{ encoder_model: "fp32", decoder_model_merged: "q4" }, "fp32"];
  }
  // the q8 exports of the base models fail session creation on the WASM
  // runtime ("Missing required scale ... MatMulNBits", huggingface/
  // transformers.js#1707) – go straight to fp32 rather than landing every
  // CPU user on a doomed download
  if (model_name.includes("whisper-base")) {
    return ["fp32"];
  }
  return ["q8", "fp32"];
}

async function getPipeline(model_name, devices) {
  if (devices === undefined) {
    // Firefox's WebGPU initialises and completes but is far slower than its
    // WASM path (measured 2026-06: minutes vs 13s for the same clip) – prefer
    // WASM there until its WebGPU matures
    const slowWebGpu = /firefox/i.test(self.navigator?.userAgent || "");
    devices = self.navigator?.gpu && !slowWebGpu ? ["webgpu", "wasm"] : ["wasm"];
  }

  let lastError = null;
  for (const device of devices) {
    for (const dtype of pickDtypes(model_name, device)) {
      const dtypeLabel = typeof dtype === "string" ? dtype : JSON.stringify(dtype);
      const key = `${model_name}|${device}|${dtypeLabel}`;

      if (cache.key === key && cache.pipe !== null) {
        return cache.pipe;
      }

      // free the previous model's (GPU) memory before loading the next one
      if (cache.pipe !== null) {
        try {
          await cache.pipe.dispose();
        } catch (e) {
          console.warn("Failed to dispose previous pipeline:", e);
        }
        cache = { key: null, pipe: null, device: null };
      }

      try {
        const pipe = await pipeline("automatic-speech-recognition", model_name, {
          device,
          dtype,
          progress_callback: makeDownloadProgress(),
        });

        if (device === "webgpu") {
          // run one second of silence through the pipeline so that shader
          // compilation happens here, under "Preparing model…", rather than
          // inside the first transcription window – and so a GPU that fails
          // at inference time is caught now, while falling through to WASM
          // is still cheap
          self.postMessage({ type: "progress", phase: "prepare" });
          await pipe(new Float32Array(SAMPLE_RATE));
        }

        cache = { key, pipe, device };

        console.log(`Whisper pipeline ready: ${model_name} on ${device} (${dtypeLabel})`);
        self.postMessage({ type: "device", device, dtype: dtypeLabel });
        return pipe;
      } catch (e) {
        console.warn(`Failed to initialise ${model_name} on ${device} (${dtypeLabel}):`, e);
        lastError = e;
      }
    }
  }
  throw lastError || new Error("No usable inference device");
}

function makeDownloadProgress() {
  const files = new Map();
  let lastPercent = -1;

  return (info) => {
    if (info.status !== "progress" || !info.total) {
      return;
    }
    files.set(info.file, { loaded: info.loaded, total: info.total });

    let loaded = 0, total = 0;
    files.forEach((f) => { loaded += f.loaded; total += f.total; });

    const percent = Math.floor((loaded / total) * 100);
    if (percent !== lastPercent) {
      lastPercent = percent;
      self.postMessage({ type: "progress", phase: "download", progress: percent });
    }
  };
}
