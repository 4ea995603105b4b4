"""
Central configuration for AI Recipes.

This file contains shared configuration values used by both the CLI and web app.
"""

# OpenAI Model Configuration
# Change this value to update the model used throughout the application
OPENAI_MODEL = "o4-mini"

# Other model options:
# OPENAI_MODEL = "gpt-4o"
# OPENAI_MODEL = "gpt-4o-mini"
# OPENAI_MODEL = "gpt-4-turbo-preview"
# OPENAI_MODEL = "gpt-4-vision-preview"
