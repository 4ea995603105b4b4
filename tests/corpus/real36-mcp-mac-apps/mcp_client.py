#!/usr/bin/env python3
"""
Small MCP client: Ollama reads the request, then the matching MCP tool is called
to manage Mac applications.
"""

import json
import os
import re
import subprocess

import requests

MCP_SERVER_PATH = os.path.join(os.path.dirname(__file__), "src", "server.py")
OLLAMA_API_URL = "http://localhost:11434"
OLLAMA_MODEL = "llama3.2"


def call_mcp_tool(tool_name, arguments):
    """Start the MCP server as a child process and send one JSON-RPC tools/call."""
    request = {"jsonrpc": "2.0", "id": 1, "method": "tools/call",
               "params": {"name": tool_name, "arguments": arguments}}
    proc = subprocess.Popen(["python3", MCP_SERVER_PATH], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        stdout, _ = proc.communicate(input=json.dumps(request) + "\n", timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()
        return "Timeout when calling MCP tool"
    for line in stdout.splitlines():
        try:
            resp = json.loads(line)
        except json.JSONDecodeError:
            continue
        if "result" in resp:
            content = resp["result"].get("content", [])
            return content[0].get("text", "") if content else ""
        if "error" in resp:
            return f"Error: {resp['error'].get('message', 'Unknown error')}"
    return "No response from MCP server"


def list_mcp_tools():
    request = {"jsonrpc": "2.0", "id": 1, "method": "tools/list", "params": {}}
    proc = subprocess.Popen(["python3", MCP_SERVER_PATH], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    stdout, _ = proc.communicate(input=json.dumps(request) + "\n", timeout=10)
    for line in stdout.splitlines():
        resp = json.loads(line)
        if "tools" in resp.get("result", {}):
            return resp["result"]["tools"]
    return []


def ask_ollama_with_tools(user_query):
    tools = list_mcp_tools()
    described = "\n".join(f"- {t['name']}: {t['description']}" for t in tools)
    system_prompt = (
        "You manage Mac applications through MCP tools.\n\nAvailable tools:\n"
        f"{described}\n\nAnswer ONLY with JSON: "
        '{"tool": "tool_name", "arguments": {"parameter": "value"}}'
    )
    response = requests.post(
        f"{OLLAMA_API_URL}/api/generate",
        json={
            "model": OLLAMA_MODEL,
            "prompt": f"{system_prompt}\n\nUser: {user_query}\nAssistant:",
            "stream": False,
            "options": {"temperature": 0.3, "max_tokens": 500},
        },
        timeout=30,
    )
    if response.status_code != 200:
        return f"Ollama error: {response.status_code}"
    answer = response.json().get("response", "").strip()
    print(f"Ollama response: {answer}")
    for chunk in re.findall(r"\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\}", answer, re.DOTALL):
        try:
            call = json.loads(chunk)
        except json.JSONDecodeError:
            continue
        if "tool" in call:
            return call_mcp_tool(call["tool"], call.get("arguments", {}))
    return answer


if __name__ == "__main__":
    while True:
        q = input("> ").strip()
        if q in {"exit", "quit"}:
            break
        print(ask_ollama_with_tools(q))
