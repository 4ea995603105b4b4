import requests
import json
from typing import List, Dict, Optional, Generator

class OllamaLLM:
    """
    Client for Ollama API to use Llama 3.1 8B locally.
    """
    
    def __init__(
        self,
        model_name: str = "llama3.1:8b",
        base_url: str = "http://localhost:11434",
        temperature: float = 0.7,
        top_p: float = 0.9,
        max_tokens: int = 2048
    ):
        """
        Initialize Ollama client.
        
        Args:
            model_name: Ollama model name (e.g., 'llama3.1:8b')
            base_url: Ollama API endpoint
            temperature: Sampling temperature (0-1)
            top_p: Nucleus sampling parameter
            max_tokens: Maximum tokens to generate
        """
        self.model_name = model_name
        self.base_url = base_url
        self.temperature = temperature
        self.top_p = top_p
        self.max_tokens = max_tokens
        
        # Verify connection
        self._verify_connection()
    
    def _verify_connection(self):
        """Check if Ollama is running and model is available."""
        try:
            response = requests.get(f"{self.base_url}/api/tags")
            if response.status_code == 200:
                models = [m["name"] for m in response.json().get("models", [])]
                if self.model_name not in models:
                    print(f"⚠️  Model {self.model_name} not found.")
                    print(f"Available models: {models}")
                    print(f"Pull it with: ollama pull {self.model_name}")
                else:
                    print(f"✓ Connected to Ollama. Model {self.model_name} ready.")
            else:
                print("⚠️  Could not connect to Ollama API")
        except requests.exceptions.ConnectionError:
            print("⚠️  Ollama not running. Start it with: ollama serve")
