export const EXTENSION_ID = "gitdocAI";
export const OUTPUT_CHANNEL_NAME = "GitDoc AI";

export const DEFAULT_COMMIT_DELAY = 30000;
export const DEFAULT_PUSH_DELAY = 30000;
export const DEFAULT_PULL_DELAY = 30000;

export const DEFAULT_CLAUDE_MODEL = "claude-sonnet-4-5-20250929";
export const DEFAULT_OPENAI_MODEL = "gpt-4.1";          // Chat Completions API (API key users)
export const DEFAULT_CODEX_MODEL = "gpt-5.1-codex-mini"; // Codex CLI (login users)

export const ANTHROPIC_API_KEY_SECRET = "gitdocAI.anthropicApiKey";
export const OPENAI_API_KEY_SECRET = "gitdocAI.openaiApiKey";
export const ANTHROPIC_OAUTH_TOKEN_SECRET = "gitdocAI.anthropicOAuthToken";
export const OPENAI_OAUTH_TOKEN_SECRET = "gitdocAI.openaiOAuthToken";
