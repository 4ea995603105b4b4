import os

# Telegram Bot API token
BOT_TOKEN = os.environ.get("BOT_TOKEN")

# OpenAI API key
OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY")

# Language model ID
OPENAI_MODEL_ID = os.environ.get("OPENAI_MODEL_ID")
