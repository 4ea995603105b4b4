import os

import requests
from rich.console import Console
from rich.markdown import Markdown

console = Console()

API_URL = "https://api.perplexity.ai/chat/completions"

body = {
    "temperature": 0.2,
    "top_p": 0.9,
    "return_images": False,
    "return_related_questions": False,
    "stream": False,
    "frequency_penalty": 1,
    "model": "sonar",
    "messages": [
        {
            "role": "user",
            "content": "Explain step by step how to use the MCP protocol with the Perplexity API.",
        }
    ],
}
headers = {
    "Authorization": f"Bearer {os.environ['PPLX_API_KEY']}",
    "Content-Type": "application/json",
}

resp = requests.post(API_URL, json=body, headers=headers)

if resp.status_code != 200:
    console.print(f"[bold red]HTTP {resp.status_code}[/bold red]")
    console.print(resp.text)
else:
    data = resp.json()
    console.print(data)
    for choice in data.get("choices", []):
        msg = choice.get("message")
        if msg:
            console.print(f"[bold magenta]{msg['role']}[/bold magenta]")
            console.print(Markdown(msg["content"]))
