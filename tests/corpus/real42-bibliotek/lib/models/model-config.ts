import { LLM } from "@/types"
import {
  RESTRICT_MODELS,
  YOUR_CONFIGURED_PROVIDERS,
  ALLOWED_MODELS
} from "./your-model-config"

// Restrict models to only what you have configured
export const RESTRICT_MODELS_TO_CONFIGURED_PROVIDERS = RESTRICT_MODELS

// Providers whose models are available when restricting
export const ALLOWED_PROVIDERS = YOUR_CONFIGURED_PROVIDERS

// Models allowed regardless of provider
export const ALLOWED_MODELS_LIST = ALLOWED_MODELS

export const isModelAllowed = (model: LLM): boolean => {
  if (!RESTRICT_MODELS_TO_CONFIGURED_PROVIDERS) {
    return true
  }
  const isProviderAllowed = ALLOWED_PROVIDERS.includes(model.provider)
  const isModelInAllowedList = ALLOWED_MODELS_LIST.includes(model.modelId)
  return isProviderAllowed || isModelInAllowedList
}
