from abc import ABC, abstractmethod

import anthropic
from dotenv import load_dotenv
from openai import OpenAI

load_dotenv()

OPENAI_MODEL_NAME = "gpt-4-turbo-preview"
CLAUDE_MODEL_NAME = "claude-3-opus-20240229"

oai = OpenAI()
claude = anthropic.Anthropic()


class ChatModel(ABC):
    @abstractmethod
    def stream_response(self, messages, temperature):
        ...


class OpenAIModel(ChatModel):
    def stream_response(self, messages, temperature):
        stream = oai.chat.completions.create(
            model=OPENAI_MODEL_NAME,
            messages=messages,
            temperature=temperature,
            stream=True,
        )
        text = ""
        for chunk in stream:
            delta = chunk.choices[0].delta.content
            if delta is not None:
                text += delta
                yield text


class ClaudeModel(ChatModel):
    def stream_response(self, messages, temperature):
        text = ""
        with claude.messages.stream(
            model=CLAUDE_MODEL_NAME,
            messages=messages,
            temperature=temperature,
            max_tokens=1024,
        ) as stream:
            for piece in stream.text_stream:
                text += piece
                yield text


class ChatModelFactory:
    @staticmethod
    def create_model(model_type):
        if model_type == "openai":
            return OpenAIModel()
        if model_type == "claude":
            return ClaudeModel()
        raise ValueError("model_type must be 'openai' or 'claude'")
