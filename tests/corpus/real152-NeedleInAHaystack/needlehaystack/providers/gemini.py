import tiktoken
import google.generativeai as google_genai
from typing import Optional
from .model import ModelProvider


class Gemini(ModelProvider):

    _client = None
    DEFAULT_MODEL_KWARGS: dict = dict(max_output_tokens=300,
                                      temperature=0)

    def __init__(self, model_name: str = "models/gemini-1.0-pro-latest",
                 model_kwargs: dict = DEFAULT_MODEL_KWARGS,
                 api_key: Optional[str] = None):
        self.model_name = model_name
        self.model_kwargs = model_kwargs
        self.api_key = api_key
        google_genai.configure(api_key=api_key)
        self.tokenizer = tiktoken.encoding_for_model("gpt-3.5-turbo-0125")  # any tokenizer will do for lengths
        self.model = google_genai.GenerativeModel(model_name)
        # switch off the safety filters that would block the haystack text
        ignore = [
            google_genai.types.HarmCategory.HARM_CATEGORY_HARASSMENT,
            google_genai.types.HarmCategory.HARM_CATEGORY_HATE_SPEECH,
            google_genai.types.HarmCategory.HARM_CATEGORY_SEXUALLY_EXPLICIT,
            google_genai.types.HarmCategory.HARM_CATEGORY_DANGEROUS_CONTENT,
        ]
        self.safety_settings = {c: google_genai.types.HarmBlockThreshold.BLOCK_NONE for c in ignore}

    def generate_prompt(self, context: str, retrieval_question: str) -> str:
        return f"Answer briefly from this document only.{context}\nQuestion:{retrieval_question}"

    async def evaluate_model(self, prompt: str) -> str:
        generation_config = google_genai.types.GenerationConfig(candidate_count=1, **self.model_kwargs)
        response = self.model.generate_content(prompt, safety_settings=self.safety_settings,
                                               generation_config=generation_config)
        return response.text

    def encode_text_to_tokens(self, text: str) -> list[int]:
        return self.tokenizer.encode(text)
