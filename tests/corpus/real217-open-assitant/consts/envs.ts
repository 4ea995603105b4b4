// deno
export const DENO_KV_PATH = "DENO_KV_PATH";

// the evn names for log
export const LOG_LEVEL = "LOG_LEVEL";

// the env names for llm
export const LLM_PROVIDER = "LLM_PROVIDER";
export const LLM_MODELS = "LLM_MODELS";
export const LLM_MODELS_MAPPING = "LLM_MODELS_MAPPING";
export const LLM_HAS_MULTIMODAL_MODELS = "LLM_HAS_MULTIMODAL_MODELS";
export const MODEL_KNOWLEDGE_CUTOFF = "MODEL_KNOWLEDGE_CUTOFF";

// the env var names of anthropic
export const ANTHROPIC_API_URL = "ANTHROPIC_API_URL";
export const ANTHROPIC_API_KEY = "ANTHROPIC_API_KEY";
export const ANTHROPIC_VERSION = "ANTHROPIC_VERSION";

// file
export const FILE_DIR = "FILE_DIR";
export const ORG_FILES_SIZE_MAX = "ORG_FILES_SIZE_MAX";
