import os
import warnings

import argilla as rg

TEXTCAT_TASK = "text_classification"
SFT_TASK = "supervised_fine_tuning"

MAX_NUM_TOKENS = int(os.getenv("MAX_NUM_TOKENS", 2048))
MAX_NUM_ROWS = int(os.getenv("MAX_NUM_ROWS", 1000))
DEFAULT_BATCH_SIZE = int(os.getenv("DEFAULT_BATCH_SIZE", 5))

# generation model and endpoints
MODEL = os.getenv("MODEL", "meta-llama/Meta-Llama-3.1-8B-Instruct")
TOKENIZER_ID = os.getenv(key="TOKENIZER_ID", default=None)
OPENAI_BASE_URL = os.getenv("OPENAI_BASE_URL")
OLLAMA_BASE_URL = os.getenv("OLLAMA_BASE_URL")
HUGGINGFACE_BASE_URL = os.getenv("HUGGINGFACE_BASE_URL")
if HUGGINGFACE_BASE_URL and MODEL:
    raise ValueError("Set either HUGGINGFACE_BASE_URL (dedicated endpoint) or MODEL (serverless), not both.")

configured = [u for u in (OPENAI_BASE_URL, OLLAMA_BASE_URL, HUGGINGFACE_BASE_URL) if u]
if len(configured) > 1:
    raise ValueError(f"Only one base URL may be set, got: {', '.join(configured)}")
BASE_URL = OPENAI_BASE_URL or OLLAMA_BASE_URL or HUGGINGFACE_BASE_URL

HF_TOKEN = os.getenv("HF_TOKEN")
if not HF_TOKEN:
    raise ValueError("HF_TOKEN must be set to push datasets and call Inference Endpoints.")
API_KEYS = [os.getenv("API_KEY")] if os.getenv("API_KEY") else [HF_TOKEN] + [os.getenv(f"HF_TOKEN_{i}") for i in range(1, 10)]
API_KEYS = [k for k in API_KEYS if k]

# Magpie (chat data) needs a known pre-query template
LLAMA_NAMES = ("llama3", "llama-3", "llama 3")
QWEN_NAMES = ("qwen2", "qwen-2", "qwen 2")
SFT_AVAILABLE = False
MAGPIE_PRE_QUERY_TEMPLATE = None
template = os.getenv("MAGPIE_PRE_QUERY_TEMPLATE", "").lower()
if template:
    SFT_AVAILABLE = True
    MAGPIE_PRE_QUERY_TEMPLATE = "llama3" if template in LLAMA_NAMES else "qwen2" if template in QWEN_NAMES else template
elif any(n in MODEL.lower() for n in LLAMA_NAMES):
    SFT_AVAILABLE, MAGPIE_PRE_QUERY_TEMPLATE = True, "llama3"
elif any(n in MODEL.lower() for n in QWEN_NAMES):
    SFT_AVAILABLE, MAGPIE_PRE_QUERY_TEMPLATE = True, "qwen2"
if OPENAI_BASE_URL:
    SFT_AVAILABLE = False
if not SFT_AVAILABLE:
    warnings.warn("Chat data disabled: use HF Inference Endpoints or Ollama with TOKENIZER_ID and MAGPIE_PRE_QUERY_TEMPLATE.")

# embeddings used for RAG / dedup
STATIC_EMBEDDING_MODEL = "minishlab/potion-base-8M"

ARGILLA_API_URL = os.getenv("ARGILLA_API_URL") or os.getenv("ARGILLA_API_URL_SDG_REVIEWER")
ARGILLA_API_KEY = os.getenv("ARGILLA_API_KEY") or os.getenv("ARGILLA_API_KEY_SDG_REVIEWER")
argilla_client = rg.Argilla(api_url=ARGILLA_API_URL, api_key=ARGILLA_API_KEY) if ARGILLA_API_URL and ARGILLA_API_KEY else None
