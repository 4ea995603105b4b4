import json
import re

import requests

OLLAMA_API_URL = "http://192.168.0.12:11434/api/chat"
MODEL_NAME = "llama3.2"


def query_ollama(prompt):
    """Sends a query to the Ollama model and returns the response text."""
    data = {"model": MODEL_NAME, "messages": [{"role": "user", "content": prompt}]}
    try:
        response = requests.post(OLLAMA_API_URL, json=data, timeout=120)
        response.raise_for_status()
        text = response.text.strip()
        try:
            return json.loads(text)['choices'][0]['message']['content'].strip()
        except json.JSONDecodeError:
            match = re.search(r'\{.*\}', text, re.DOTALL)
            if match:
                return json.loads(match.group(0))['choices'][0]['message']['content'].strip()
            print("Raw response:", text)
            return None
    except requests.exceptions.RequestException as e:
        print(f"Error communicating with Ollama API: {e}")
        return None


if __name__ == "__main__":
    user_query = input("Enter your query for llama3.2: ")
    if user_query:
        answer = query_ollama(user_query)
        if answer:
            print(f"\nResponse from {MODEL_NAME}:")
            print(answer)
