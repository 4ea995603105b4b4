"""Configuration for Braintrust evaluations.

This file contains default prompts, model settings, and other configuration
that can be shared across evaluation files.
"""

# ============================================================================
# DEFAULT PROMPTS
# ============================================================================

DEFAULT_SYSTEM_PROMPT = "You are a helpful assistant."

# Add more default prompts as needed:
# DEFAULT_EXPERT_PROMPT = "You are an expert in your field. Provide detailed, accurate answers."
# DEFAULT_FRIENDLY_PROMPT = "You are a friendly and approachable assistant."


# ============================================================================
# DEFAULT MODEL SETTINGS
# ============================================================================

DEFAULT_MODEL = "gpt-4o-mini"

