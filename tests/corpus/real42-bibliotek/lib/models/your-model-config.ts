// ============================================================================
// MODEL CONFIGURATION - CUSTOMIZE THIS FILE
// ============================================================================

// true: only the providers/models below are offered
// false: every model is offered (users can add their own API keys)
export const RESTRICT_MODELS = true

// Providers you have configured with API keys
export const YOUR_CONFIGURED_PROVIDERS = [
  "openai"
  // Add other providers you have configured:
  // "anthropic", "google", "mistral", "groq", "perplexity", "azure"
]

// Specific models to allow regardless of provider
export const ALLOWED_MODELS = [
  "gpt-4o-mini",
  "gpt-4o",
  "gpt-4-turbo-preview",
  "gpt-3.5-turbo"
  // Add other specific model IDs you want to allow
]

// ============================================================================
// HOW TO USE:
// 1. Set RESTRICT_MODELS to true to limit available models
// 2. Add your configured providers to YOUR_CONFIGURED_PROVIDERS
// 3. Add any specific models you want to allow to ALLOWED_MODELS
// ============================================================================
