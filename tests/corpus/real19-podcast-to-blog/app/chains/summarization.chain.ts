import { HfInference } from "@huggingface/inference";
import { Runnable, RunnableConfig } from "@langchain/core/runnables";
import { ChainStep, SummarizationInputType } from "../utils/types";

const hf = new HfInference(process.env.HF_ACCESS_TOKEN);

export class SummarizationChain extends Runnable<SummarizationInputType, string, RunnableConfig> {
	lc_namespace: string[] = ["SummarizationChain"];

	async invoke({ textToSummarize, callback }: SummarizationInputType): Promise<string> {
		console.log('Summarizing transcription...');
		const result = await hf.summarization({
			model: 'facebook/bart-large-cnn',
			inputs: textToSummarize
		});
		callback(ChainStep.Summarization, result.summary_text);
		return result.summary_text;
	}
}
