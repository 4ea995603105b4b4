#!/usr/bin/env python3
import os

# paths
MODEL_PATH = "./opus-mt-de-fr"
OUTPUT_DIR = "./output"

# redis
REDIS_HOST = "localhost"
REDIS_PORT = 6379
REDIS_DB = 0

# queues
TRANSCRIPTION_QUEUE = "transcription_queue"
TRANSLATION_QUEUE = "translation_queue"

AUDIO_EXTENSIONS = (".opus", ".mp3", ".wav", ".m4a", ".ogg", ".flac")
TRANSCRIPT_EXT = ".json"

# whisper settings
WHISPER_MODEL = "base"
WHISPER_LANGUAGE = "de"
