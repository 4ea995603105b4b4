#!/usr/bin/env python3
"""
MCP server for managing Mac applications (Python port).
Speaks JSON-RPC over stdio.
"""

import json
import os
import subprocess
import sys
from typing import Any, Dict, List
from urllib.parse import quote_plus

import requests
from pymongo import MongoClient

# Constants
OLLAMA_API_URL = os.getenv("OLLAMA_API_URL", "http://localhost:11434")
MONGODB_URI = os.getenv("MONGODB_URI", "mongodb://localhost:27017")


def exec_command(command: str) -> tuple[str, str]:
    try:
        r = subprocess.run(command, shell=True, capture_output=True, text=True, timeout=30)
        return r.stdout, r.stderr
    except subprocess.TimeoutExpired:
        return "", "Command execution timeout"


def get_tools() -> List[Dict[str, Any]]:
    return [
        {
            "name": "open_application",
            "description": "Opens an application on Mac by name, e.g. 'Safari', 'Finder', 'Calculator'",
            "inputSchema": {
                "type": "object",
                "properties": {"appName": {"type": "string", "description": "Application name"}},
                "required": ["appName"],
            },
        },
        {
            "name": "ollama_generate",
            "description": "Generates a response with a local Ollama model. Use for tasks needing AI text processing",
            "inputSchema": {
                "type": "object",
                "properties": {
                    "model": {
                        "type": "string",
                        "description": "Ollama model name (e.g., 'llama3.2', 'deepseek-r1:8b'). Default 'llama3.2'",
                        "default": "llama3.2",
                    },
                    "prompt": {"type": "string", "description": "Prompt for the model"},
                },
                "required": ["prompt"],
            },
        },
        {
            "name": "ollama_list_models",
            "description": "Gets list of available Ollama models",
            "inputSchema": {"type": "object", "properties": {}},
        },
        {
            "name": "mongodb_list_databases",
            "description": "Gets list of all databases in MongoDB",
            "inputSchema": {"type": "object", "properties": {}},
        },
    ]


def open_application(app_name: str) -> str:
    _, err = exec_command(f'open -a "{app_name}"')
    if err:
        raise Exception(f'Failed to launch "{app_name}": {err}')
    return f'Application "{app_name}" launched'


def search_google_in_safari(query: str) -> str:
    url = f"https://www.google.com/search?q={quote_plus(str(query))}"
    _, err = exec_command(f'open -a Safari "{url}"')
    if err:
        raise Exception(f"Failed to open search in Safari: {err}")
    return f'Search "{query}" opened in Safari'


# Ollama tools
def ollama_generate(prompt: str, model: str = "llama3.2") -> str:
    try:
        response = requests.post(
            f"{OLLAMA_API_URL}/api/generate",
            json={"model": model, "prompt": prompt, "stream": False},
            timeout=30,
        )
        response.raise_for_status()
        return response.json().get("response", "No response from model")
    except requests.exceptions.ConnectionError:
        raise Exception(f"Failed to connect to Ollama ({OLLAMA_API_URL}). Is `ollama serve` running?")


def ollama_list_models() -> str:
    response = requests.get(f"{OLLAMA_API_URL}/api/tags", timeout=10)
    response.raise_for_status()
    models = response.json().get("models", [])
    if not models:
        return "No available models. Load a model: ollama pull llama3.2"
    lines = [f"- {m['name']} ({m.get('size', 0) / 1024 ** 3:.2f} GB)" for m in models]
    return "Available Ollama models:\n" + "\n".join(lines)


# MongoDB tools
def mongodb_list_databases() -> str:
    client = MongoClient(MONGODB_URI)
    try:
        names = [d["name"] for d in client.admin.command("listDatabases")["databases"]
                 if d["name"] not in ("admin", "config", "local")]
        return "Databases:\n" + ("\n".join(names) or "No databases found")
    finally:
        client.close()


HANDLERS = {
    "open_application": lambda a: open_application(a["appName"]),
    "search_google_in_safari": lambda a: search_google_in_safari(a["query"]),
    "ollama_generate": lambda a: ollama_generate(a["prompt"], a["model"]) if "model" in a else ollama_generate(a["prompt"]),
    "ollama_list_models": lambda a: ollama_list_models(),
    "mongodb_list_databases": lambda a: mongodb_list_databases(),
}


def main() -> None:
    for line in sys.stdin:
        req = json.loads(line)
        if req["method"] == "tools/list":
            out = {"jsonrpc": "2.0", "id": req["id"], "result": {"tools": get_tools()}}
        else:
            p = req["params"]
            text = HANDLERS[p["name"]](p.get("arguments", {}))
            out = {"jsonrpc": "2.0", "id": req["id"], "result": {"content": [{"type": "text", "text": text}]}}
        print(json.dumps(out), flush=True)


if __name__ == "__main__":
    main()
