import { Runnable, RunnableConfig } from "@langchain/core/runnables";
import { ElevenLabsClient } from "elevenlabs";
import { TextToSpeechInputType, TextToSpeechOutputType } from "../utils/types";

const eleven = new ElevenLabsClient({ apiKey: process.env.ELEVENLABS_API_KEY });
const voiceId = "eVItLK1UvXctxuaRV2Oq";

export class TextToSpeechChain extends Runnable<TextToSpeechInputType, TextToSpeechOutputType, RunnableConfig> {
	lc_namespace: string[] = ["TextToSpeechChain"];

	async invoke({ text }: TextToSpeechInputType): Promise<TextToSpeechOutputType> {
		console.log('Text to speech...');
		const stream = await eleven.textToSpeech.convert(voiceId, {
			text,
			voice_settings: { stability: 0.1, similarity_boost: 0.3, style: 0.2 },
		});
		const parts: Buffer[] = [];
		for await (const part of stream) {
			parts.push(part);
		}
		const audio = Buffer.concat(parts);
		console.log(new Blob([audio], { type: 'audio/ogg' }));
		return { audio, text };
	}
}
