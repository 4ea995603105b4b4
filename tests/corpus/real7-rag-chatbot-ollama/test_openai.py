import os
import sys

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")
if not openai.api_key:
    print("OPENAI_API_KEY is not set.")
    sys.exit(1)

client = openai.OpenAI()

# quick smoke call (switched to "gpt-3.5-turbo")
resp = client.chat.completions.create(
    model="gpt-3.5-turbo",
    messages=[{"role": "user", "content": "Hello, how are you?"}],
    temperature=0.7,
)
print("Response:", resp.choices[0].message.content)
