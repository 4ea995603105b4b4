// import "server-only";

import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import {
  customProvider,
  extractReasoningMiddleware,
  wrapLanguageModel,
} from "ai";
import { isTestEnvironment } from "../constants";
import { extractLmStudioIdentifier, isLmStudioModelId } from "./lmstudio-ids";

const lmstudio = createOpenAICompatible({
  name: "lmstudio",
  baseURL: process.env.LMSTUDIO_BASE_URL ?? "http://localhost:1234/v1",
});

const LMSTUDIO_CHAT_MODEL_ID =
  process.env.LMSTUDIO_CHAT_MODEL_ID ??
  process.env.LMSTUDIO_MODEL_ID ??
  "qwen_qwen3-vl-4b-instruct";

export const myProvider = isTestEnvironment
  ? (() => {
      const { artifactModel, chatModel, reasoningModel, titleModel } = require("./models.mock");
      return customProvider({
        languageModels: {
          "chat-model": chatModel,
          "chat-model-reasoning": reasoningModel,
          "title-model": titleModel,
          "artifact-model": artifactModel,
        },
      });
    })()
  : customProvider({
      languageModels: {
        "chat-model": lmstudio(LMSTUDIO_CHAT_MODEL_ID),
        "chat-model-reasoning": wrapLanguageModel({
          model: lmstudio(LMSTUDIO_CHAT_MODEL_ID),
          middleware: extractReasoningMiddleware({ tagName: "think" }),
        }),
        "title-model": lmstudio(LMSTUDIO_CHAT_MODEL_ID),
        "artifact-model": lmstudio(LMSTUDIO_CHAT_MODEL_ID),
        // Make sure the model is downloaded in LM Studio and that
        // the ID matches what LM Studio exposes (e.g. "llama-3.2-1b").
        "lmstudio-chat": lmstudio(LMSTUDIO_CHAT_MODEL_ID),
      },
    });

export function getLanguageModel(modelId: string) {
  if (isLmStudioModelId(modelId)) {
    return lmstudio(extractLmStudioIdentifier(modelId));
  }
  return myProvider.languageModel(modelId);
}
