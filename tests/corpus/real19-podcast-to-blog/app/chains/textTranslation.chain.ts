import { HfInference } from "@huggingface/inference";
import { Runnable, RunnableConfig } from "@langchain/core/runnables";
import { ChainStep, TextTranslationInputType } from "../utils/types";

const hf = new HfInference(process.env.HF_ACCESS_TOKEN);

export class TextTranslationChain extends Runnable<TextTranslationInputType, string, RunnableConfig> {
	lc_namespace: string[] = ["TextTranslationChain"];

	async invoke({ text, callback }: TextTranslationInputType): Promise<string> {
		console.log('Translating...');
		const res = await hf.translation(
			{
				model: "Helsinki-NLP/opus-mt-en-fr",
				inputs: text,
			},
			{ wait_for_model: true }
		);
		const french = Array.isArray(res) ? res[0].translation_text : res.translation_text;
		callback(ChainStep.Translation, french);
		return french;
	}
};
