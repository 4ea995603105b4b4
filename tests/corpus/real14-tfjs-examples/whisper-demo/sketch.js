// Programming A to Z
// https://github.com/Programming-from-A-to-Z/A2Z-F24

import { pipeline } from 'https://cdn.jsdelivr.net/npm/@xenova/transformers@2.17.2';

let recorder;
let chunks = [];
let recording = false;
const transcriptDiv = document.getElementById('transcript');
const recordButton = document.getElementById('recordButton');

// Whisper expects 16 kHz mono
function downsample(buffer, target) {
  if (buffer.sampleRate === target) return buffer;
  const ratio = buffer.sampleRate / target;
  const out = new Float32Array(Math.round(buffer.length / ratio));
  for (let i = 0; i < out.length; i++) {
    out[i] = buffer.getChannelData(0)[Math.round(i * ratio)];
  }
  return out;
}

async function transcribe(blob) {
  transcriptDiv.textContent = 'transcribing...';
  const asr = await pipeline('automatic-speech-recognition', 'Xenova/whisper-tiny.en');
  const ctx = new (window.AudioContext || window.webkitAudioContext)();
  const audio = await ctx.decodeAudioData(await blob.arrayBuffer());
  const result = await asr(downsample(audio, 16000));
  transcriptDiv.textContent = result.text;
}

function start() {
  navigator.mediaDevices.getUserMedia({ audio: true }).then((stream) => {
    recorder = new MediaRecorder(stream);
    recorder.start();
    recording = true;
    recordButton.textContent = 'stop recording';
    recorder.ondataavailable = (e) => chunks.push(e.data);
    recorder.onstop = () => {
      transcribe(new Blob(chunks, { type: 'audio/wav' }));
      chunks = [];
    };
  }).catch((err) => console.error('microphone error: ', err));
}

function stop() {
  recorder.stop();
  recording = false;
  recordButton.textContent = 'start recording';
}

recordButton.addEventListener('click', () => (recording ? stop() : start()));
