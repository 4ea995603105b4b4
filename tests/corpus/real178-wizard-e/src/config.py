DEBUG=True

CAUSAL_MODEL_USED = "microsoft/DialoGPT-medium"

# https://github.com/openai/whisper/blob/main/model-card.md
OPENAI_MODEL_RECOGNIZER = "small.en"

OPENAI_LANGUAGE_MODEL = "english"

TTS_MODEL = "tts_models/multilingual/multi-dataset/your_tts"
