import { pipeline } from "@huggingface/transformers";
import wavefile from "wavefile";

// Load the model
const transcriber = await pipeline(
  "automatic-speech-recognition",
  "Xenova/whisper-tiny.en",
);

// Fetch a sample clip
const url =
  "https://huggingface.co/datasets/Xenova/transformers.js-docs/resolve/main/jfk.wav";
const buffer = Buffer.from(await fetch(url).then((r) => r.arrayBuffer()));

const wav = new wavefile.WaveFile(buffer);
wav.toBitDepth("32f");
wav.toSampleRate(16000);
let audio = wav.getSamples();
if (Array.isArray(audio)) {
  if (audio.length > 1) {
    for (let i = 0; i < audio[0].length; ++i) {
      audio[0][i] = (Math.SQRT2 * (audio[0][i] + audio[1][i])) / 2;
    }
  }
  audio = audio[0];
}

const start = performance.now();
const output = await transcriber(audio);
console.log(`took ${(performance.now() - start) / 1000}s`, output);
