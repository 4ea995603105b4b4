import os
import requests
from dotenv import load_dotenv

load_dotenv()

API_URL = "https://api-inference.huggingface.co/models/HuggingFaceH4/zephyr-7b-beta"
headers = {
    "Authorization": f"Bearer {os.getenv('HUGGINGFACE_API_KEY')}"
}

# quick smoke test of the hosted endpoint
response = requests.post(API_URL, headers=headers, json={"inputs": "Hello"})
print(response.status_code)
print(response.text)
