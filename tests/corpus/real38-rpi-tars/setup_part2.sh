#!/bin/bash

GREEN='\033[0;32m'
BLUE='\033[1;34m'
NC='\033[0m'

echo -e "${BLUE}Adding AI and Wake Word components...${NC}"

# Create AI handler
cat << 'PYEOF' > src/ai/openai_handler.py
from openai import OpenAI
import logging

class OpenAIHandler:
    def __init__(self):
        self.client = OpenAI()  # uses OPENAI_API_KEY from environment

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
PYEOF

cat << 'PYEOF' > src/main.py
import os
import logging
from speech.stt import SpeechToText
from ai.openai_handler import OpenAIHandler

logging.basicConfig(
    level=logging.DEBUG,
    handlers=[logging.FileHandler("logs/voice_assistant.log"), logging.StreamHandler()]
)

def main():
    base_dir = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    model_path = os.path.join(base_dir, 'models/vosk-model-small-en-us-0.15')
    stt = SpeechToText(model_path, 16000, None)
    stt.start_recognition(callback_fn=OpenAIHandler().process_text)

if __name__ == "__main__":
    main()
PYEOF

mkdir -p models

echo -e "${GREEN}AI and Wake Word components added successfully!${NC}"
echo "1. Download Vosk model to models/vosk-model-small-en-us"
echo "2. Set up Picovoice access key in .env"
echo "3. Configure Google Cloud credentials"
echo "4. Set up OpenAI API key in .env"

./setup_part3.sh
