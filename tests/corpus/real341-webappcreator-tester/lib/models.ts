// Default to the GPT-5 model; can be overridden via NEXT_PUBLIC_AI_MODEL
export const MODEL = process.env.NEXT_PUBLIC_AI_MODEL || 'gpt-5';