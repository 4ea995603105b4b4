import { HfInference } from "@huggingface/inference";
import { Runnable, RunnableConfig } from "@langchain/core/runnables";
import { ChainStep, PromptGenerationInputType } from "../utils/types";

const hf = new HfInference(process.env.HF_ACCESS_TOKEN);

export class PromptGenerationChain extends Runnable<PromptGenerationInputType, string, RunnableConfig> {
	lc_namespace: string[] = ["PromptGenerationChain"];

	async invoke({ text, callback }: PromptGenerationInputType): Promise<string> {
		console.log('Generating image prompt...');
		const reply = await hf.chatCompletion(
			{
				model: "HuggingFaceH4/zephyr-7b-beta",
				messages: [{ role: "user", content: `Write an image prompt for a blog post about: ${text}` }],
				max_tokens: 500,
			},
			{ wait_for_model: true }
		);
		const content = reply?.choices[0]?.message?.content ?? "";
		callback(ChainStep.PromptGeneration, content);
		return content;
	}
}
