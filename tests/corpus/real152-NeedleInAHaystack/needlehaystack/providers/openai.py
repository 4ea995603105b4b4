import os
from operator import itemgetter
from typing import Optional

from openai import AsyncOpenAI
from langchain_openai import ChatOpenAI
from langchain.prompts import PromptTemplate
import tiktoken
from .model import ModelProvider


class OpenAI(ModelProvider):
    """Talks to the OpenAI chat API for the needle-in-a-haystack test."""

    DEFAULT_MODEL_KWARGS: dict = dict(max_tokens=300,
                                      temperature=0)

    def __init__(self,
                 model_name: str = "gpt-3.5-turbo-0125",
                 model_kwargs: dict = DEFAULT_MODEL_KWARGS,
                 api_key: Optional[str] = None):
        if api_key is None:
            api_key = os.getenv('NIAH_MODEL_API_KEY')
            if not api_key:
                raise ValueError("NIAH_MODEL_API_KEY must be in env.")

        self.model_name = model_name
        self.model_kwargs = model_kwargs
        self.api_key = api_key
        self.model = AsyncOpenAI(api_key=self.api_key)
        self.tokenizer = tiktoken.encoding_for_model(self.model_name)

    async def evaluate_model(self, prompt: str) -> str:
        response = await self.model.chat.completions.create(
            model=self.model_name,
            messages=prompt,
            **self.model_kwargs
        )
        return response.choices[0].message.content

    def encode_text_to_tokens(self, text: str) -> list[int]:
        return self.tokenizer.encode(text)

    def get_langchain_runnable(self, context: str) -> str:
        template = """Answer briefly, using only the document below.
        {context}
        Question: {question}"""
        prompt = PromptTemplate(template=template, input_variables=["context", "question"])
        model = ChatOpenAI(temperature=0, model=self.model_name)
        return ({"context": lambda x: context, "question": itemgetter("question")} | prompt | model)

# (excerpt: the MosaicML provider class is omitted)
