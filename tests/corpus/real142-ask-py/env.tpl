# right now we use Google search API as the default search engine
SEARCH_API_URL=https://www.googleapis.com/customsearch/v1
SEARCH_API_KEY=<your-google-search-api-key>
SEARCH_PROJECT_KEY=<your-google-cx-key>

# right now we use OpenAI API as the default LLM inference engine and embedding model
LLM_BASE_URL=https://api.openai.com/v1
LLM_API_KEY=<your-openai-api-key>
DEFAULT_INFERENCE_MODEL=gpt-4o-mini
EMBEDDING_MODEL=text-embedding-3-small
EMBEDDING_DIMENSIONS=1536

# Run and share Gradio UI
RUN_GRADIO_UI=False
SHARE_GRADIO_UI=False

