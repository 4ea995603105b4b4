#!/usr/bin/env python3
"""
List available models using direct API
"""
import os

import requests
from dotenv import load_dotenv

load_dotenv()


def list_models():
    api_key = os.getenv("GEMINI_API_KEY")
    if not api_key:
        print("No API key found")
        return
    url = f"https://generativelanguage.googleapis.com/v1beta/models?key={api_key}"
    response = requests.get(url)
    print(f"Status Code: {response.status_code}")
    if response.status_code != 200:
        print(f"Response: {response.text}")
        return
    for model in response.json().get("models", []):
        print(f"{model.get('name', 'Unknown')}")
        print(f"   Display: {model.get('displayName', 'No display name')}")
        print(f"   Methods: {model.get('supportedGenerationMethods', [])}")


if __name__ == "__main__":
    list_models()
