# agents/github_search_agent.py
import sys
sys.path.append("C:/Users/AARUSHI TANDON/OneDrive/Python/DevSync")

import json
import re

import requests
from google_adk.framework.agent import Agent
from google_adk.framework.message import Message


class GitHubSearchAgent(Agent):
    def __init__(self):
        super().__init__()
        self.name = "GitHubSearchAgent"

    def extract_keywords(self, text):
        keyword_list = [
            "chatbot", "virtual assistant", "recommendation", "news", "weather", "fitness", "finance",
            "crypto", "health", "study", "quiz", "translation", "music", "video", "game", "machine learning",
            "nlp", "speech", "sentiment", "summarization", "question answering", "docker", "kubernetes",
        ]
        pattern = r'\b(' + '|'.join(re.escape(k) for k in keyword_list) + r')\b'
        keywords = re.findall(pattern, text.lower())
        if not keywords:
            keywords = list(dict.fromkeys(text.lower().split()))[:5]
        return "+".join(keywords)

    def run(self, message: Message) -> Message:
        query = self.extract_keywords(message.content)
        url = f"https://api.github.com/search/repositories?q={query}&sort=stars&order=desc&per_page=5"
        headers = {
            "Accept": "application/vnd.github+json",
            "User-Agent": "User"
        }
        try:
            response = requests.get(url, headers=headers)
            response.raise_for_status()
            results = [
                {"name": r.get("full_name"), "description": r.get("description"),
                 "stars": r.get("stargazers_count"), "url": r.get("html_url")}
                for r in response.json().get("items", []) if r.get("description")
            ]
            return Message(content=json.dumps(results, indent=2) if results else "[]")
        except Exception as e:
            return Message(content=json.dumps({"error": str(e)}))
