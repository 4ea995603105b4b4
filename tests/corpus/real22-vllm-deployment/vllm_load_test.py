#!/usr/bin/env python3
"""
Load Test Script for vLLM Chat Application
Tests streaming chat completions with concurrent users
"""
import json
import random
import threading
import time

import requests

# Configuration
SERVER_HOST = "192.168.1.1"
SERVER_PORT = "8000"
BASE_URL = f"http://{SERVER_HOST}:{SERVER_PORT}"
MODEL_ID = "/mnt/data/office_work/vllms_inference/Llama-3.2-3B-Instruct"

NUM_USERS = 50
MESSAGES_PER_USER = 10

TEST_MESSAGES = [
    "What is artificial intelligence?",
    "Explain machine learning in simple terms",
    "How do transformers work in AI?",
]


def simulate_user(user_id):
    for _ in range(MESSAGES_PER_USER):
        payload = {
            "model": MODEL_ID,
            "messages": [{"role": "user", "content": random.choice(TEST_MESSAGES)}],
            "temperature": 0.7,
            "max_tokens": 512,
            "stream": True,
        }
        start = time.time()
        response = requests.post(f"{BASE_URL}/v1/chat/completions", json=payload, stream=True, timeout=60)
        tokens = 0
        for line in response.iter_lines():
            if line and line.decode("utf-8").startswith("data: ") and line[6:] != b"[DONE]":
                try:
                    json.loads(line[6:])
                    tokens += 1
                except json.JSONDecodeError:
                    continue
        print(f"[User {user_id}] {time.time() - start:.2f}s - {tokens} tokens")


def main():
    threads = [threading.Thread(target=simulate_user, args=(i,)) for i in range(NUM_USERS)]
    for t in threads:
        t.start()
        time.sleep(0.2)
    for t in threads:
        t.join()


if __name__ == "__main__":
    main()
