"""
Configuration settings for GGUF Code Agent.
"""
import json
import sys
from pathlib import Path

# Valid backend options
VALID_BACKENDS = ["gguf", "openrouter", "nvidia"]

# Valid UI themes
VALID_UI_THEMES = ["dark", "light"]

# Configuration directory
CONFIG_DIR = Path.home() / ".gguf_code_agent"


class Settings:
    """Application configuration settings."""

    # Default values
    DEFAULT_MODEL = "qwen3.5-2B-UD-Q4_K_XL.gguf"
    OUTPUT_FORMAT = "text"
    UI_THEME = "dark"
    MAX_OUTPUT_LENGTH = 2048

    def __init__(self):
        # Backend settings
        self.backend = "gguf"
        self.model_path = ""
        self.context_size = 4096
        self.threads = None
        self.gpu_layers = -1
        self.temperature = 0.7
        self.top_p = 0.9
        self.repeat_penalty = 1.1
        self.max_tokens = 2048
        self.verbose = False

        # OpenRouter settings
        self.openrouter_api_key = ""
        self.openrouter_model = ""
        self.openrouter_base_url = "https://openrouter.ai/api/v1"

        # NVIDIA settings
        self.nvidia_api_key = ""
        self.nvidia_model = ""
        self.nvidia_base_url = "https://integrate.api.nvidia.com/v1"

        # Workspace
        self.workspace = str(Path.cwd())

        # UI preferences
        self.ui_theme = self.UI_THEME
        self.max_output_length = self.MAX_OUTPUT_LENGTH
        self.show_code_editor = True

        # GGUF auto-download
        self.auto_download_default_gguf = False

        # Voice / ASR settings
        self.asr_backend = "local"                 # "local" | "api"
        self.qwen_voice_model_path = ""             # local dir for Qwen3-ASR
        self.asr_model_path = ""                    # fallback (e.g. whisper) model id/path
        self.asr_language = "Auto"
        self.asr_sample_rate = 16000
        self.asr_api_url = ""
        self.asr_api_key = ""

        # Model config (legacy)
        self.model_config = {
            'model': self.DEFAULT_MODEL,
            'output_format': self.OUTPUT_FORMAT,
            'ui_theme': self.UI_THEME,
            'max_output_length': self.MAX_OUTPUT_LENGTH
        }
