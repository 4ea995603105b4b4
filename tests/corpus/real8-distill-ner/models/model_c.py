from openai import OpenAI

from .base import BaseModel


class ModelC(BaseModel):
    """Online teacher model (DeepSeek, OpenAI-compatible endpoint)."""

    def __init__(self, api_key: str, api_url: str = "https://api.deepseek.com"):
        self.client = OpenAI(base_url=api_url, api_key=api_key)
        print("Initialized Online Model C (DeepSeek)")

    def generate(self, input_data: str, **kwargs) -> str:
        messages = [{"role": "user", "content": input_data}]
        # deepseek-reasoner 就是 R1，推理更强
        stream = self.client.chat.completions.create(
            model="deepseek-reasoner",
            messages=messages,
            stream=True,
        )
        content, thinking = '', ''
        for chunk in stream:
            delta = chunk.choices[0].delta
            if getattr(delta, "reasoning_content", None):
                thinking += delta.reasoning_content
            if delta.content:
                content += delta.content
        return content
