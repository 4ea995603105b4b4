# ============================================================================
# OPENROUTER CONFIGURATION
# ============================================================================
# OpenRouter API configuration for cloud-based summarization.
#
# Environment Variables:
#   OPENROUTER_API_KEY:  Your OpenRouter API key (required)
#   OPENROUTER_MODEL:    Model to use (optional, has sensible default)
#
# Popular models:
#   - meta-llama/llama-3.1-70b-instruct  (default, excellent quality, ~$0.59/1M tokens)
#   - google/gemini-flash-1.5             (faster, cheaper, good quality)
#   - mistralai/mistral-7b-instruct       (very cheap, good enough)
#   - anthropic/claude-3.5-sonnet         (best quality, higher cost)
#
# See https://openrouter.ai/models for all available models.
