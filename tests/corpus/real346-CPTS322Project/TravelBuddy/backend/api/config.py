# config.py
import os

OPENAI_API_KEY = os.getenv("OPENAI_API_KEY")

# Add other constants if needed
DEFAULT_ITINERARY_TOKENS = 1000
DEFAULT_TEMPERATURE = 0.7


