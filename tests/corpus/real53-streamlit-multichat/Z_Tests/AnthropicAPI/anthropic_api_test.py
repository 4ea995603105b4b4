import os

import anthropic
from dotenv import load_dotenv

load_dotenv()  # loads all environment variables from the .env file

api_key = os.getenv("ANTHROPIC_API_KEY")
client = anthropic.Anthropic(api_key=api_key)

message = client.messages.create(
    model="claude-3-sonnet-20240229",
    max_tokens=689,
    temperature=0,
    messages=[
        {"role": "user", "content": "What are the alternatives to selfhost a streamlit app?"}
    ],
)

print(''.join(block.text for block in message.content))
