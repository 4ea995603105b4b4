"""
Pi-Mono Coding Agent for Harbor.
This agent wraps the pi-coding-agent CLI tool from the pi-mono monorepo.
"""

import json
import shlex
import os
from pathlib import Path
from typing import List, Optional

from harbor.agents.installed.base import BaseInstalledAgent, ExecInput
from harbor.models.agent.context import AgentContext


class PiMonoAgent(BaseInstalledAgent):
    """
    Custom agent that installs and runs the pi-coding-agent CLI.

    The pi-coding-agent is a radically simple coding agent with multi-model support,
    including the ability to switch models mid-session. It provides tools for
    reading, editing, writing files, and executing bash commands.
    """

    def __init__(self, logs_dir: Path, model_name: Optional[str] = None, **kwargs):
        """Initialize with model information."""
        super().__init__(logs_dir, model_name, **kwargs)

        # Parse model configuration
        self.provider = kwargs.get("provider")  # resolved below
        self.pi_model = kwargs.get("pi_model")  # Specific model ID for pi
        self.output_mode = kwargs.get("output_mode", "json")  # json or text
        self.no_session = kwargs.get("no_session", False)  # Ephemeral mode
        self.timeout_seconds = kwargs.get("timeout_seconds", 1800)  # 30 min default

        # Require model_name in provider/model format for clarity (mirrors opencode)
        if not self.provider:
            if not model_name or "/" not in model_name:
                raise ValueError("PiMonoAgent expects model_name like 'provider/model'.")
            provider, model = model_name.split("/", 1)
        else:
            provider = self.provider
            model = model_name.split("/", 1)[1] if model_name and "/" in model_name else (model_name or "")

        # Map Harbor provider names to pi-coding-agent provider names
        provider_map = {
            "anthropic": "anthropic",
            "openai": "openai",
            "google": "google",
            "groq": "groq",
            "cerebras": "cerebras",
            "xai": "xai",
            "openrouter": "openrouter",
        }

        if provider not in provider_map:
            raise ValueError(f"Unknown provider '{provider}' for pi-mono agent.")

        self.provider = provider_map[provider]

        # Map specific model names if not explicitly provided
        if not self.pi_model:
            lower_model = model.lower()
            if "claude" in model.lower():
                if "haiku" in model.lower():
                    self.pi_model = "claude-3-5-haiku-latest"
                elif "opus" in model.lower():
                    self.pi_model = "claude-3-opus-latest"
                elif "sonnet" in model.lower():
                    self.pi_model = "claude-3-5-sonnet-latest"
            elif "gpt" in model.lower():
                if "5.1-codex-mini" in lower_model:
                    self.pi_model = "gpt-5.1-codex-mini"
                elif "5.1-codex" in lower_model:
                    self.pi_model = "gpt-5.1-codex"
                elif "5.1" in lower_model:
                    self.pi_model = "gpt-5.1"
                elif "4o" in lower_model:
                    self.pi_model = "gpt-4o"
                elif "4-turbo" in lower_model or "4turbo" in lower_model:
                    self.pi_model = "gpt-4-turbo"
                elif "o1" in lower_model:
                    self.pi_model = "o1-preview"
                elif "3.5" in lower_model:
                    self.pi_model = "gpt-3.5-turbo"
                else:
                    # Default to gpt-4o for unknown GPT models
                    self.pi_model = "gpt-4o"
                    self.logger.warning(f"Unknown GPT model '{model}', defaulting to gpt-4o")
            elif "gemini" in model.lower():
                self.pi_model = "gemini-2.0-flash-exp"
            else:
                # Fall back to provided model string
                self.pi_model = model

        # Normalize model IDs so `--provider openai` works with either
        # `gpt-5.1-codex` or `openai/gpt-5.1-codex` inputs.
        self.pi_model = self._normalize_model_id(self.provider, self.pi_model)

    @staticmethod
    def _normalize_model_id(provider: str, model: Optional[str]) -> Optional[str]:
        """
        Pi CLI expects model IDs without the provider prefix for built-in providers
        (e.g., `--provider openai --model gpt-5.1-codex`). Harbor configs sometimes
        pass `openai/gpt-5.1-codex`, which Pi interprets as `openai/openai/...`.
        Strip the provider prefix when it matches the selected provider.
        """
        if not model or "/" not in model:
            return model

        prefix, remainder = model.split("/", 1)
        if prefix.lower() == provider.lower():
            return remainder
        return model
