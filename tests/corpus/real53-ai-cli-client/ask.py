#!/usr/bin/env python3
"""
CLI AI Client - Terminal interface for multiple AI providers
Supports: Gemini, OpenAI, Anthropic Claude, Groq
"""

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Dict, List, Optional

try:
    import google.generativeai as genai
    GEMINI_AVAILABLE = True
except ImportError:
    GEMINI_AVAILABLE = False

try:
    from openai import OpenAI
    OPENAI_AVAILABLE = True
except ImportError:
    OPENAI_AVAILABLE = False

try:
    from anthropic import Anthropic
    ANTHROPIC_AVAILABLE = True
except ImportError:
    ANTHROPIC_AVAILABLE = False

try:
    from groq import Groq
    GROQ_AVAILABLE = True
except ImportError:
    GROQ_AVAILABLE = False


class AIClient:
    """Multi-provider AI client"""

    def __init__(self, provider: str = "groq", model: Optional[str] = None):
        self.provider = provider.lower()
        self.model = model
        self.history: List[Dict] = []
        self.config_file = Path.home() / ".ai_cli_config.json"
        self.load_config()
        self.initialize_client()

    def load_config(self):
        self.config = {}
        if self.config_file.exists():
            self.config = json.loads(self.config_file.read_text())
        for name in ("gemini", "openai", "anthropic", "groq"):
            self.config.setdefault(f"{name}_api_key", os.getenv(f"{name.upper()}_API_KEY", ""))

    def initialize_client(self):
        key = self.config.get(f"{self.provider}_api_key")
        if not key:
            raise ValueError(f"{self.provider} API key not found. Run --configure")
        if self.provider == "gemini":
            genai.configure(api_key=key)
            self.model = self.model or "gemini-pro"
            self.client = genai.GenerativeModel(self.model)
        elif self.provider == "openai":
            self.client = OpenAI(api_key=key)
            self.model = self.model or "gpt-4-turbo-preview"
        elif self.provider == "anthropic":
            self.client = Anthropic(api_key=key)
            self.model = self.model or "claude-3-5-sonnet-20241022"
        elif self.provider == "groq":
            self.client = Groq(api_key=key)
            self.model = self.model or "llama-3.3-70b-versatile"
        else:
            raise ValueError(f"Unknown provider: {self.provider}")

    def chat(self, message: str, system_prompt: Optional[str] = None) -> str:
        if self.provider == "gemini":
            if system_prompt and not self.history:
                message = f"{system_prompt}\n\n{message}"
            return self.client.generate_content(message).text

        self.history.append({"role": "user", "content": message})
        if self.provider == "anthropic":
            kwargs = {"model": self.model, "max_tokens": 4096, "messages": self.history}
            if system_prompt:
                kwargs["system"] = system_prompt
            reply = self.client.messages.create(**kwargs).content[0].text
        else:
            messages = ([{"role": "system", "content": system_prompt}] if system_prompt else []) + self.history
            resp = self.client.chat.completions.create(model=self.model, messages=messages)
            reply = resp.choices[0].message.content
        self.history.append({"role": "assistant", "content": reply})
        return reply


def configure_api_keys():
    config_file = Path.home() / ".ai_cli_config.json"
    config = json.loads(config_file.read_text()) if config_file.exists() else {}
    for name in ("gemini", "openai", "anthropic", "groq"):
        value = input(f"{name.title()} API Key: ").strip()
        if value:
            config[f"{name}_api_key"] = value
    config_file.write_text(json.dumps(config, indent=2))
    os.chmod(config_file, 0o600)
    print(f"\n✓ Configuration saved to {config_file}")


def main():
    parser = argparse.ArgumentParser(
        description="CLI AI Client - Chat with AI models in your terminal",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="""
Examples:
  %(prog)s                                    # Interactive mode with Groq
  %(prog)s -p openai "Explain Python"         # Single query with OpenAI
  %(prog)s -p anthropic -m claude-opus-4      # Use Claude Opus
  %(prog)s --configure                        # Configure API keys

Providers: groq (default), gemini, openai, anthropic
        """,
    )
    parser.add_argument('query', nargs='*', help='Your question or prompt')
    parser.add_argument('-p', '--provider', default='groq',
                        choices=['gemini', 'openai', 'anthropic', 'groq'])
    parser.add_argument('-m', '--model', help='Specific model to use')
    parser.add_argument('-s', '--system', help='System prompt')
    parser.add_argument('--configure', action='store_true')
    args = parser.parse_args()

    if args.configure:
        configure_api_keys()
        return
    try:
        client = AIClient(provider=args.provider, model=args.model)
        if not args.query:
            while (line := input("\n You: ").strip()) not in ("exit", "quit"):
                print(f"\n  AI: {client.chat(line, args.system)}")
        else:
            print(client.chat(" ".join(args.query), args.system))
    except Exception as e:
        print(f"Error: {e}", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
