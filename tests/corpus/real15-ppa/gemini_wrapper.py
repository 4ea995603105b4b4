import os

import litellm
from crewai import LLM
from litellm import completion

litellm._turn_on_debug()


class GeminiWrapperLLM(LLM):
    def __init__(self, api_key: str, model: str = "gemini/gemini-1.5-flash"):
        super().__init__(model=model)
        os.environ["GOOGLE_API_KEY"] = api_key
        self.api_key = api_key
        self.model = model
        self.temperature = 0

    def supports_stop_words(self) -> bool:
        return False

    def generate_response(self, prompt: str, **kwargs) -> str:
        try:
            # litellm wants "google/gemini-1.5-flash" rather than the gemini/ prefix
            name = self.model
            if name.startswith("gemini/"):
                name = "google/" + name[7:]
            reply = completion(
                model=name,
                messages=[{"role": "user", "content": prompt}],
                temperature=self.temperature,
                max_tokens=500,
                **kwargs,
            )
            return reply.choices[0].message.content
        except Exception as exc:  # noqa: BLE001
            text = str(exc)
            if "API_KEY_INVALID" in text:
                return "ERROR: the Google API key was rejected."
            return f"ERROR: {text}"
