import os


# OPENAI_API_KEY = os.getenv("OPENAI_API_KEY")
# EMBEDDING_MODEL = "text-embedding-ada-002"
# MODEL = "gpt-4o-mini"
MISTRALAI_API_KEY = os.getenv("MISTRALAI_API_KEY")
MISTRAL_EMBEDDING_MODEL = "mistral-embed"
MISTRAL_LLM_MODEL = "open-mistral-nemo"
