// OpenRouter supported models (as of July 2025, free and gated access only)
// You can add/remove models as needed, but these are known to work:
export const OPENROUTER_MODELS = [
  { id: 'deepseek/deepseek-chat', name: 'DeepSeek Chat (Free)' },
  { id: 'mistralai/mistral-7b-instruct', name: 'Mistral 7B Instruct (Free)' },
  { id: 'meta-llama/llama-3-8b-instruct', name: 'Llama 3 8B Instruct (Free)' },
  { id: 'google/gemma-7b-it', name: 'Gemma 7B IT (Free)' },
  { id: 'qwen/qwen-2-7b-instruct', name: 'Qwen 2 7B Instruct (Free)' },
  { id: 'microsoft/phi-3-medium-4k-instruct', name: 'Phi-3 Medium (Free)' },
  { id: 'huggingfaceh4/zephyr-7b-beta', name: 'Zephyr 7B Beta (Free)' },
  { id: 'openchat/openchat-7b', name: 'OpenChat 7B (Free)' },
  { id: 'nvidia/llama-3.3-nemotron-super-49b-v1', name: 'Llama 3.3 Nemotron Super 49B (Free)' }
];
