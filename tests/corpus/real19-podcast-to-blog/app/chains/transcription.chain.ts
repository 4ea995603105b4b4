import path from 'path';
import { HfInference } from "@huggingface/inference";
import { Runnable, RunnableConfig } from "@langchain/core/runnables";
import { TextTranscriptionInputType } from "../utils/types";

const fs = require('fs').promises;
const hf = new HfInference(process.env.HF_ACCESS_TOKEN);

// TODO: read from the episode URL instead of this local sample
const samplePath = path.resolve('D:/Projects/saas-podcast-to-blog-ai-app/small.mp3');

export class TextTranscriptionChain extends Runnable<TextTranscriptionInputType, string, RunnableConfig> {
	lc_namespace: string[] = ["TextTranscriptionChain"];

	async invoke(input: TextTranscriptionInputType): Promise<string> {
		console.log('Transcribing audio from', input.audioSource);
		const bytes = await fs.readFile(samplePath);
		const audio = new Blob([bytes], { type: 'audio/flac' });

		const out = await hf.automaticSpeechRecognition(
			{
				model: 'facebook/wav2vec2-base-960h',
				data: audio,
			},
			{ wait_for_model: true }
		);
		return out.text;
	}
};
