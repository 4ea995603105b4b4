import copy
import os
import pkg_resources

from operator import itemgetter
from typing import Optional

from anthropic import AsyncAnthropic
from anthropic import Anthropic as AnthropicModel
from langchain_anthropic import ChatAnthropic
from langchain.prompts import PromptTemplate

from .model import ModelProvider

class Anthropic(ModelProvider):
    DEFAULT_MODEL_KWARGS: dict = dict(max_tokens_to_sample=300,
                                      temperature=0)

    def __init__(self,
                 model_name: str = "claude-2.1",
                 model_kwargs: dict = DEFAULT_MODEL_KWARGS,
                 api_key=None,
                 use_messages_api=False):
        if "claude" not in model_name:
            raise ValueError("With the 'anthropic' provider the model name must contain 'claude'. See https://docs.anthropic.com/claude/reference/selecting-a-model for the list.")
        if api_key is None:
            api_key = os.getenv('NIAH_MODEL_API_KEY')
            if not api_key:
                raise ValueError("NIAH_MODEL_API_KEY must be in env.")

        self.model_name = model_name
        self.model_kwargs = model_kwargs
        self.api_key = api_key
        self.use_messages_api = use_messages_api
        self.model = AsyncAnthropic(api_key=self.api_key)
        self.tokenizer = AnthropicModel().get_tokenizer()

        # legacy completion prompt layout shipped with the package
        resource_path = pkg_resources.resource_filename('needlehaystack', 'providers/Anthropic_prompt.txt')
        with open(resource_path, 'r') as file:
            self.prompt_structure = file.read()

    async def evaluate_model(self, prompt: str) -> str:
        if self.use_messages_api:
            model_kwargs = copy.deepcopy(self.model_kwargs)
            model_kwargs['max_tokens'] = model_kwargs.pop('max_tokens_to_sample')
            response = await self.model.messages.create(
                model=self.model_name,
                system=prompt[0]['content'],
                messages=[{"role": "user", "content": f"{prompt[1]}\nQuestion:{prompt[2]}"}],
                **model_kwargs
            )
            return response.content[0].text
        response = await self.model.completions.create(model=self.model_name, prompt=prompt, **self.model_kwargs)
        return response.completion

    def get_langchain_runnable(self, context: str) -> str:
        template = """Human: Answer briefly from the document only.
        <document_content>
        {context}
        </document_content>
        <question>{question}</question>
        Assistant:"""
        prompt = PromptTemplate(template=template, input_variables=["context", "question"])
        model = ChatAnthropic(temperature=0, model=self.model_name)
        return ({"context": lambda x: context, "question": itemgetter("question")} | prompt | model)

# (excerpt)
