export const openRouterModels = {
  free: [
    'meta-llama/llama-4-maverick:free',
    'deepseek/deepseek-v3-base:free',
    'google/gemini-2.5-pro-exp-03-25:free',
    'mistralai/mistral-small-3.1-24b-instruct:free',
    'nvidia/llama-3.1-nemotron-nano-8b-v1:free',
    'qwen/qwen2.5-vl-3b-instruct:free',
    'openrouter/optimus-alpha',
    'openrouter/quasar-alpha',
  ],
  paid: [
    'openai/gpt-4o',
    'anthropic/claude-3-opus',
    'google/gemini-pro-1.5',
  ]
};
