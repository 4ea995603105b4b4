export { gateway } from '@ai-sdk/gateway'
export { openai } from '@ai-sdk/openai'

export { createAnthropic } from '@ai-sdk/anthropic'
export { createGoogleGenerativeAI } from '@ai-sdk/google'
export { createOpenAI } from '@ai-sdk/openai'
export { createXai } from '@ai-sdk/xai'

export { createOpenAICompatible } from '@ai-sdk/openai-compatible'
