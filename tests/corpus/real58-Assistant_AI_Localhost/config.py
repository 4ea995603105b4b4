OLLAMA_URL = "http://localhost:11434/api/generate"
MODEL_NAME = "mistral"
TTS_MODEL = "tts_models/multilingual/multi-dataset/your_tts"
WHISPER_MODEL = "turbo"
SAMPLING_RATE = 16000
AUDIO_FILE = "response.wav"
LOG_FILE = "performance_log.txt"
