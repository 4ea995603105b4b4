import { pipeline } from 'https://cdn.jsdelivr.net/npm/@xenova/transformers@2.3.0';

const file = "tos.pcm";
const model = "Xenova/whisper-base.en";

const pipe = await pipeline("automatic-speech-recognition", model);
let content = "";

onmessage = async function (e) {
	const result = await pipe(e.data, {
		chunk_length_s: 30,
		stride_length_s: 5,
		return_timestamps: true,
	});
	for (const { text } of result.chunks) content += `${text}\n`;
	postMessage(content);
};
