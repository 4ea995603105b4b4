#!/usr/bin/env python3
"""
config_manager.py

Loads configuration from config.ini and command-line arguments.
"""

import argparse
import configparser
import logging
import os
from typing import Any, Optional

import ollama

from audio_utils import DEFAULT_SETTINGS

PROJECT_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CONFIG_FILE_NAME = os.path.join(PROJECT_ROOT, 'config.ini')
ALLOWED_MODEL_DIRECTORIES = [os.path.join(PROJECT_ROOT, 'models'), os.path.join(PROJECT_ROOT, 'Models')]


def sanitize_file_path(file_path: str, description: str = "file") -> str:
    """Resolve relative paths against the project root; model files must live in models/."""
    if not file_path:
        raise ValueError(f"Empty {description} path provided")
    abs_path = os.path.normpath(file_path if os.path.isabs(file_path) else os.path.join(PROJECT_ROOT, file_path))
    if 'model' in description.lower() and not os.path.isabs(file_path):
        if not any(abs_path.startswith(d) for d in ALLOWED_MODEL_DIRECTORIES):
            raise ValueError(f"Invalid {description} path: '{file_path}' must be in the 'models/' directory.")
    return abs_path


def get_ollama_client(ollama_host: str) -> Optional[ollama.Client]:
    try:
        client = ollama.Client(host=ollama_host)
        client.list()
        return client
    except Exception as e:
        logging.error(f"Failed to connect to Ollama at {ollama_host}: {e}")
        return None


def load_config_and_args():
    config = configparser.ConfigParser()
    loaded = bool(config.read(CONFIG_FILE_NAME))
    models = config['Models'] if 'Models' in config else {}
    func = config['Functionality'] if 'Functionality' in config else {}

    def val(section, key: str, conv: type) -> Any:
        default = DEFAULT_SETTINGS[key]
        if not loaded:
            return default
        try:
            return conv(section.get(key, fallback=default))
        except ValueError:
            return default

    parser = argparse.ArgumentParser(description="A hands-free voice assistant for Ollama.")
    parser.add_argument('--ollama-model', type=str, help="Name of the Ollama model to use.")
    parser.add_argument('--whisper-model', type=str, help="Name of the faster-whisper model.")
    parser.add_argument('--wakeword-model-path', type=str, help="Path to the .onnx wakeword model file.")
    parser.add_argument('--piper-model-path', type=str, help="Path to the .onnx Piper TTS model file.")
    parser.add_argument('--ollama-host', type=str, help="URL of the Ollama server.")
    parser.add_argument('--whisper-device', type=str, help="Device for Whisper (e.g., 'cpu', 'cuda').")
    parser.set_defaults(
        ollama_model=val(models, 'ollama_model', str),
        whisper_model=val(models, 'whisper_model', str),
        wakeword_model_path=val(models, 'wakeword_model_path', str),
        piper_model_path=val(models, 'piper_model_path', str),
        ollama_host=val(models, 'ollama_host', str),
        whisper_device=val(func, 'whisper_device', str),
    )
    args = parser.parse_args()
    args.wakeword_model_path = sanitize_file_path(args.wakeword_model_path, "wakeword model")
    args.piper_model_path = sanitize_file_path(args.piper_model_path, "Piper TTS model")
    return args, config
