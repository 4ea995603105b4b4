export const MODELS = [
  { id: 'gpt-5', name: 'GPT 5', type: 'openai', isVision: true },
  { id: 'gpt-5-codex', name: 'GPT 5 Codex', type: 'openai', isVision: true },
  { id: 'claude-sonnet-4-5', name: 'Claude Sonnet 4.5', type: 'anthropic', isVision: true },
  { id: 'claude-sonnet-4', name: 'Claude Sonnet 4', type: 'anthropic', isVision: true },
  { id: 'claude-haiku-4-5', name: 'Claude Haiku 4.5', type: 'anthropic', isVision: true },
  { id: 'claude-3-5-haiku', name: 'Claude Haiku 3.5', type: 'anthropic', isVision: true },
  { id: 'claude-opus-4-1', name: 'Claude Opus 4.1', type: 'anthropic', isVision: true },
  { id: 'qwen3-coder', name: 'Qwen3 Coder 480B', type: 'openai-compatible', isVision: true },
  { id: 'grok-code', name: 'Grok Code Fast 1', type: 'openai-compatible', isVision: false },
  { id: 'kimi-k2', name: 'Kimi K2', type: 'openai-compatible', isVision: true },
  { id: 'big-pickle', name: 'Big Pickle', type: 'openai-compatible', isVision: false },
  { id: 'error-test', name: 'Error Test Model', type: 'openai-compatible', isVision: true },
  { id: 'gemini-2.5-flash-image', name: 'Nano Banana (Paid Only)', type: 'google', isVision: true },
  { id: 'gemini-flash-latest', name: 'Flash', type: 'google', isVision: true },
  { id: 'gemini-flash-lite-latest', name: 'Flash Lite', type: 'google', isVision: true },
  { id: 'gemini-2.5-pro', name: 'Gemini 2.5 Pro', type: 'google', isVision: true }
];
