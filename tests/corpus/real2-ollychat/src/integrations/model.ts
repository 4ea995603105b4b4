import { ChatOpenAI } from "@langchain/openai";
import { z } from "zod";
import { config } from "../config/config.js";
import { logger } from "../utils/logger.js";

const promptLogger = {
  handleLLMStart: async (_llm: unknown, prompts: string[]) => {
    if (config.logging) {
      logger.debug(prompts.join("\n---\n"));
    }
  },
};

export const model = new ChatOpenAI({
  openAIApiKey: config.openAIApiKey,
  model: config.openAIModel,
  temperature: 0,
  callbacks: [promptLogger],
});

export const queryModel = model.withStructuredOutput(
  z.object({ query: z.string().describe("A valid PromQL query.") }),
);

export const answerModel = model.withStructuredOutput(
  z.object({ answer: z.string().describe("Answer to the user's question.") }),
);
