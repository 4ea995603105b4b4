import os
import time

import openai
import pyttsx3
from dotenv import load_dotenv

load_dotenv(".env")
openai.api_key = os.getenv("OPENAI_API_KEY")


def make_prompt(topic):
    return "Write a few sentences about {}, in the style of an encyclopedia introduction.".format(topic)


response = openai.ChatCompletion.create(
    model='gpt-3.5-turbo',
    messages=[{'role': 'user', 'content': make_prompt("The weak nuclear force")}],
    max_tokens=200,
    temperature=0.75,
    stream=True,
)

engine = pyttsx3.init()
engine.setProperty('rate', 180)
engine.setProperty('voice', 'English (Great Britain)')

start = time.time()
chunk = ''
for event in response:
    chunk += event['choices'][0]['delta'].get('content', '')
    if chunk and chunk[-1] in '.,':
        engine.say(chunk)
        print(chunk, end='', flush=True)
        engine.runAndWait()
        chunk = ''
print()
engine.stop()
