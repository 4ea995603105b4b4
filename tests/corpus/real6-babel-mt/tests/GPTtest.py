import os

from dotenv import load_dotenv
from openai import OpenAI

RESULTS_JSON = 'gpt_results.json'
BATCH_SIZE = 3
MODEL_NAME = "gpt-4o-mini"
LANGUAGE_MAP = {
    "bg": "Bulgarian", "cs": "Czech", "da": "Danish", "nl": "Dutch", "et": "Estonian",
    "fi": "Finnish", "fr": "French", "gmq": "Norwegian", "de": "German", "el": "Greek",
    "hu": "Hungarian", "it": "Italian", "lv": "Latvian", "lt": "Lithuanian",
    "pt": "Portuguese", "ro": "Romanian", "sk": "Slovak", "es": "Spanish", "sv": "Swedish",
    "sla": ["Polish", "Slovenian"],
}

load_dotenv()
api_key = os.getenv("OPENAI_API_KEY")
if not api_key:
    raise ValueError("OPENAI_API_KEY missing from .env")

client = OpenAI(api_key=api_key)


def translate_with_chatgpt(sentences, target_language):
    lang = LANGUAGE_MAP.get(target_language, target_language)
    if isinstance(lang, list):
        lang = lang[0]
    bullet_list = "\n".join(f"- {s}" for s in sentences)
    messages = [
        {"role": "system", "content": f"You translate English text to {lang}."},
        {"role": "user", "content": f"Translate these English sentences to {lang}:\n{bullet_list}"},
    ]
    try:
        resp = client.chat.completions.create(
            model="gpt-4",  # use a valid model name
            messages=messages,
            max_tokens=1000,
            temperature=0.7,
        )
    except Exception as err:
        print(f"translation failed: {err}")
        return [""] * len(sentences)
    lines = resp.choices[0].message.content.strip().split("\n")
    return [ln.strip("- ").strip() for ln in lines]
