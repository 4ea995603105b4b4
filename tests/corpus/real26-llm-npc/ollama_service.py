# ollama_service.py - Connection to a locally hosted LLM using Ollama
import requests
import json


class OllamaLLMService:
    def __init__(self, model_name="llama2", base_url="http://localhost:11434"):
        """
        Args:
            model_name (str): The model to use with Ollama (e.g., "llama2", "mistral", "phi")
            base_url (str): The URL where Ollama is running
        """
        self.model_name = model_name
        self.base_url = base_url
        self.api_url = f"{base_url}/api"
        self._verify_service()

    def _verify_service(self):
        response = requests.get(f"{self.api_url}/tags")
        if response.status_code != 200:
            raise ConnectionError(f"Could not connect to Ollama API at {self.api_url}")
        available = response.json().get("models", [])
        if not any(m["name"] == self.model_name for m in available):
            print(f"Model '{self.model_name}' not found in Ollama. Pulling it now...")
            self._pull_model()

    def _pull_model(self):
        response = requests.post(f"{self.api_url}/pull", json={"name": self.model_name}, stream=True)
        for line in response.iter_lines():
            if line and json.loads(line.decode("utf-8")).get("status") == "success":
                print(f"Successfully pulled model '{self.model_name}'")
                return

    def generate_response(self, prompt, max_new_tokens=150, temperature=0.7):
        request_data = {
            "model": self.model_name,
            "prompt": prompt,
            "stream": False,
            "options": {"temperature": temperature, "num_predict": max_new_tokens},
        }
        result = requests.post(f"{self.api_url}/generate", json=request_data).json()
        return result.get("response", "").strip()


if __name__ == "__main__":
    ollama = OllamaLLMService("llama2")
    print(ollama.generate_response("Write a short poem about artificial intelligence."))
