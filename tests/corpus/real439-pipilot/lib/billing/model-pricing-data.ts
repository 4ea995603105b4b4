/**
 * Comprehensive Vercel AI Gateway Model Pricing Data
 * Source: Vercel AI Gateway pricing page (verified 2026-02-14)
 *
 * All prices are in USD per token (divide $/M by 1,000,000)
 * Cache prices are per token for cache read/write operations
 *
 * Used by credit-manager.ts to calculate accurate token-based billing.
 * When adding new models to PiPilot, add their pricing here first.
 */

export interface ModelPricingEntry {
  /** Display name for the model */
  name: string
  /** Provider (anthropic, google, openai, xai, mistral, etc.) */
  provider: string
  /** Context window size in tokens */
  contextWindow: number
  /** Maximum output tokens */
  maxOutput: number
  /** Cost per input token in USD */
  inputPerToken: number
  /** Cost per output token in USD */
  outputPerToken: number
  /** Cost per cached read token in USD (0 if not supported) */
  cacheReadPerToken: number
  /** Cost per cached write token in USD (0 if not supported) */
  cacheWritePerToken: number
  /** Web search cost per 1K searches in USD (0 if not supported) */
  webSearchPer1K: number
  /** Whether this model supports image input */
  supportsImageInput: boolean
  /** Whether this model generates images */
  generatesImages: boolean
  /** Image generation cost per image in USD (0 if not applicable) */
  imageGenCost: number
  /** Average latency in seconds */
  latencySeconds: number
  /** Average throughput in tokens per second */
  throughputTps: number
}

/**
 * Complete Vercel AI Gateway pricing data
 *
 * Prices are per-token (not per million). To get $/M, multiply by 1,000,000.
 * Example: input: 0.000003 = $3.00/M tokens
 */
export const VERCEL_MODEL_PRICING: Record<string, ModelPricingEntry> = {

  // =============================================================================
  // ANTHROPIC
  // =============================================================================

  'anthropic/claude-opus-4.6': {
    name: 'Claude Opus 4.6',
    provider: 'anthropic',
    contextWindow: 1_000_000,
    maxOutput: 128_000,
    inputPerToken: 0.000005,       // $5/M
    outputPerToken: 0.000025,      // $25/M
    cacheReadPerToken: 0.0000005,  // $0.50/M
    cacheWritePerToken: 0.00000625, // $6.25/M
    webSearchPer1K: 10.00,
    supportsImageInput: true,
    generatesImages: false,
    imageGenCost: 0,
    latencySeconds: 1.8,
    throughputTps: 60,
  },

  'anthropic/claude-opus-4.5': {
    name: 'Claude Opus 4.5',
    provider: 'anthropic',
    contextWindow: 200_000,
    maxOutput: 32_000,
    inputPerToken: 0.000015,       // $15/M
    outputPerToken: 0.000075,      // $75/M
    cacheReadPerToken: 0.0000015,  // $1.50/M
    cacheWritePerToken: 0.00001875, // $18.75/M
    webSearchPer1K: 10.00,
    supportsImageInput: true,
    generatesImages: false,
    imageGenCost: 0,
    latencySeconds: 1.1,
    throughputTps: 45,
  },

  'anthropic/claude-opus-4.1': {
    name: 'Claude Opus 4.1',
    provider: 'anthropic',
    contextWindow: 200_000,
    maxOutput: 32_000,
    inputPerToken: 0.000015,       // $15/M
    outputPerToken: 0.000075,      // $75/M
    cacheReadPerToken: 0.0000015,  // $1.50/M
    cacheWritePerToken: 0.00001875, // $18.75/M
    webSearchPer1K: 10.00,
    supportsImageInput: true,
    generatesImages: false,
    imageGenCost: 0,
    latencySeconds: 1.1,
    throughputTps: 45,
  },

  'anthropic/claude-opus-4': {
    name: 'Claude Opus 4',
    provider: 'anthropic',
    contextWindow: 200_000,
    maxOutput: 32_000,
    inputPerToken: 0.000015,       // $15/M
    outputPerToken: 0.000075,      // $75/M
    cacheReadPerToken: 0.0000015,  // $1.50/M
    cacheWritePerToken: 0.00001875, // $18.75/M
    webSearchPer1K: 10.00,
    supportsImageInput: true,
    generatesImages: false,
    imageGenCost: 0,
    latencySeconds: 1.3,
    throughputTps: 48,
  },

  'anthropic/claude-sonnet-4.5': {
    name: 'Claude Sonnet 4.5',
    provider: 'anthropic',
    contextWindow: 1_000_000,
    maxOutput: 64_000,
    inputPerToken: 0.000003,       // $3/M
    outputPerToken: 0.000015,      // $15/M
    cacheReadPerToken: 0.0000003,  // $0.30/M
    cacheWritePerToken: 0.00000375, // $3.75/M
    webSearchPer1K: 10.00,
    supportsImageInput: true,
    generatesImages: false,
    imageGenCost: 0,
    latencySeconds: 0.7,
    throughputTps: 67,
  },

  'anthropic/claude-sonnet-4': {
    name: 'Claude Sonnet 4',
    provider: 'anthropic',
    contextWindow: 1_000_000,
    maxOutput: 64_000,
    inputPerToken: 0.000003,       // $3/M
    outputPerToken: 0.000015,      // $15/M
    cacheReadPerToken: 0.0000003,  // $0.30/M
    cacheWritePerToken: 0.00000375, // $3.75/M
    webSearchPer1K: 0,
    supportsImageInput: true,
    generatesImages: false,
    imageGenCost: 0,
    latencySeconds: 0.6,
    throughputTps: 56,
  },
