"""
Multimodal GenAI Studio - Configuration
Centralizes all configuration and API key management
"""

import os
from pathlib import Path
from dotenv import load_dotenv

load_dotenv()

# === Paths ===
BASE_DIR = Path(__file__).parent
OUTPUT_DIR = BASE_DIR / "outputs"
UPLOAD_DIR = BASE_DIR / "uploads"
CACHE_DIR = BASE_DIR / "cache"

for dir_path in [OUTPUT_DIR, UPLOAD_DIR, CACHE_DIR]:
    dir_path.mkdir(exist_ok=True)


class APIKeys:
    """Centralized API key management"""

    GOOGLE_API_KEY = os.getenv("GOOGLE_API_KEY", "")
    OPENAI_API_KEY = os.getenv("OPENAI_API_KEY", "")
    ANTHROPIC_API_KEY = os.getenv("ANTHROPIC_API_KEY", "")
    HF_TOKEN = os.getenv("HF_TOKEN", "")
    STABILITY_API_KEY = os.getenv("STABILITY_API_KEY", "")


# === Model Configuration ===
class ModelConfig:
    """Model settings and defaults"""

    # Text Models
    TEXT_MODELS = {
        "gemini-pro": {"provider": "google", "max_tokens": 8192},
        "gemini-1.5-flash": {"provider": "google", "max_tokens": 8192},
        "gpt-4o": {"provider": "openai", "max_tokens": 4096},
        "gpt-4o-mini": {"provider": "openai", "max_tokens": 4096},
        "claude-3-5-sonnet-20241022": {"provider": "anthropic", "max_tokens": 8192},
        "claude-3-5-haiku-20241022": {"provider": "anthropic", "max_tokens": 8192},
    }

    # Image Models
    IMAGE_MODELS = {
        "dall-e-3": {"provider": "openai", "sizes": ["1024x1024", "1792x1024", "1024x1792"]},
        "dall-e-2": {"provider": "openai", "sizes": ["256x256", "512x512", "1024x1024"]},
        "stable-diffusion-xl": {"provider": "huggingface", "sizes": ["1024x1024"]},
    }

    # Audio Models
    AUDIO_MODELS = {
        "whisper-1": {"provider": "openai", "task": "transcription"},
        "whisper-base": {"provider": "local", "task": "transcription"},
        "tts-1": {"provider": "openai", "task": "synthesis"},
        "gtts": {"provider": "local", "task": "synthesis"},
    }

    # Defaults
    DEFAULT_TEXT_MODEL = os.getenv("DEFAULT_TEXT_MODEL", "gemini-1.5-flash")
    DEFAULT_IMAGE_MODEL = os.getenv("DEFAULT_IMAGE_MODEL", "dall-e-3")
    DEFAULT_AUDIO_MODEL = os.getenv("DEFAULT_AUDIO_MODEL", "whisper-1")


class GenerationConfig:
    MAX_TOKENS = int(os.getenv("MAX_TOKENS", "4096"))
    TEMPERATURE = 0.7
    IMAGE_QUALITY = "standard"  # standard or hd
    IMAGE_STYLE = "vivid"  # vivid or natural
    AUDIO_FORMAT = "mp3"
    SAMPLE_RATE = 22050


class ServerConfig:
    HOST = os.getenv("HOST", "0.0.0.0")
    PORT = int(os.getenv("PORT", "7861"))


class LogConfig:
    LOG_LEVEL = os.getenv("LOG_LEVEL", "INFO")
    LOG_FILE = BASE_DIR / "logs" / "app.log"
