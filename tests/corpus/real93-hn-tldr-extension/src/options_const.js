const PROVIDER_CONF = 'options.provider';
const OPENAI_API_KEY_CONF = 'options.openai.api_key';
const OPENAI_MODEL_CONF = 'options.openai.model';
const ANTHROPIC_API_KEY_CONF = 'options.anthropic.api_key';
const ANTHROPIC_MODEL_CONF = 'options.anthropic.model';
const OLLAMA_URL_CONF = 'options.ollama.url';
const OLLAMA_MODEL_CONF = 'options.ollama.model';

const OPENAI_PROVIDER = 'openai';
const ANTHROPIC_PROVIDER = 'anthropic';
const OLLAMA_PROVIDER = 'ollama';
const DEFAULT_PROVIDER = OPENAI_PROVIDER;

const DEFAULT_OPENAI_MODEL = 'gpt-4o-mini';
const DEFAULT_ANTHROPIC_MODEL = 'claude-3-5-haiku-20241022';
