#!/bin/bash

GREEN='\033[0;32m'
BLUE='\033[1;34m'
NC='\033[0m'

echo -e "${BLUE}Adding AI and Wake Word components...${NC}"

mkdir -p src/ai src/speech src/utils logs

# AI handler
cat << 'EOF' > src/ai/openai_handler.py
from openai import OpenAI
import logging

class OpenAIHandler:
    def __init__(self):
        self.client = OpenAI()  # reads OPENAI_API_KEY from the environment

    def process_text(self, text):
        try:
            chat_completion = self.client.chat.completions.create(
                messages=[{"role": "user", "content": text}],
                model="gpt-3.5-turbo",  # Using 3.5 instead of gpt-4
            )
            return chat_completion.choices[0].message.content
        except Exception as e:
            logging.error(f"Error in OpenAI processing: {e}")
            return None
EOF

cat << 'EOF' > src/speech/wake_word.py
import pvporcupine
from pvrecorder import PvRecorder

class WakeWordDetector:
    def __init__(self, access_key, keywords=None):
        self.access_key = access_key
        self.keywords = keywords or ["jarvis"]

    def start(self, callback_fn):
        porcupine = pvporcupine.create(access_key=self.access_key, keywords=self.keywords)
        recorder = PvRecorder(device_index=-1, frame_length=porcupine.frame_length)
        recorder.start()
        while True:
            if porcupine.process(recorder.read()) >= 0:
                callback_fn()
                break
EOF

cat << 'EOF' > src/main.py
import os
from assistant_core import VoiceAssistant

def main():
    base_dir = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    model_path = os.path.join(base_dir, 'models/vosk-model-small-en-us-0.15')
    VoiceAssistant(model_path).start()

if __name__ == "__main__":
    main()
EOF

# Create a models directory
mkdir -p models

echo -e "${GREEN}AI and Wake Word components added.${NC}"
echo "1. Download Vosk model to models/vosk-model-small-en-us"
echo "2. Set up Picovoice access key in .env"
echo "3. Configure Google Cloud credentials"

./setup_part3.sh
