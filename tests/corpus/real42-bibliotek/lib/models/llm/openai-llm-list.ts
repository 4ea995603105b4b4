import { LLM } from "@/types"

const OPENAI_PLATORM_LINK = "https://platform.openai.com/docs/overview"

// OpenAI Models (UPDATED 2024) -----------------------------
const GPT4o: LLM = {
  modelId: "gpt-4o",
  modelName: "GPT-4o",
  provider: "openai",
  hostedId: "gpt-4o",
  platformLink: OPENAI_PLATORM_LINK,
  imageInput: true,
  pricing: { currency: "USD", unit: "1M tokens", inputCost: 5, outputCost: 15 }
}

// GPT-4o Mini (UPDATED 2024)
const GPT4oMini: LLM = {
  modelId: "gpt-4o-mini",
  modelName: "GPT-4o Mini",
  provider: "openai",
  hostedId: "gpt-4o-mini",
  platformLink: OPENAI_PLATORM_LINK,
  imageInput: true,
  pricing: { currency: "USD", unit: "1M tokens", inputCost: 0.15, outputCost: 0.6 }
}

// GPT-4 Turbo (UPDATED 2024)
const GPT4Turbo: LLM = {
  modelId: "gpt-4-turbo-preview",
  modelName: "GPT-4 Turbo",
  provider: "openai",
  hostedId: "gpt-4-turbo-preview",
  platformLink: OPENAI_PLATORM_LINK,
  imageInput: true,
  pricing: { currency: "USD", unit: "1M tokens", inputCost: 10, outputCost: 30 }
}

// GPT-4 Vision (UPDATED 2024)
const GPT4Vision: LLM = {
  modelId: "gpt-4-vision-preview",
  modelName: "GPT-4 Vision",
  provider: "openai",
  hostedId: "gpt-4-vision-preview",
  platformLink: OPENAI_PLATORM_LINK,
  imageInput: true,
  pricing: { currency: "USD", unit: "1M tokens", inputCost: 10 }
}

// GPT-4 (UPDATED 2024)
const GPT4: LLM = {
  modelId: "gpt-4",
  modelName: "GPT-4",
  provider: "openai",
  hostedId: "gpt-4",
  platformLink: OPENAI_PLATORM_LINK,
  imageInput: false,
  pricing: { currency: "USD", unit: "1M tokens", inputCost: 30, outputCost: 60 }
}

// GPT-3.5 Turbo (UPDATED 2024)
const GPT3_5Turbo: LLM = {
  modelId: "gpt-3.5-turbo",
  modelName: "GPT-3.5 Turbo",
  provider: "openai",
  hostedId: "gpt-3.5-turbo",
  platformLink: OPENAI_PLATORM_LINK,
  imageInput: false,
  pricing: { currency: "USD", unit: "1M tokens", inputCost: 0.5, outputCost: 1.5 }
}

export const OPENAI_LLM_LIST: LLM[] = [
  GPT4o,
  GPT4oMini,
  GPT4Turbo,
  GPT4Vision,
  GPT4,
  GPT3_5Turbo
]
