"""LLM configuration and prompts."""

import logging

from langchain.prompts import ChatPromptTemplate, PromptTemplate
from langchain_ollama.chat_models import ChatOllama

logger = logging.getLogger(__name__)


class LLMManger:
    """Wraps the chat model and the prompts of the pipeline."""

    def __init__(self, model="llama3.2:3b"):
        self.model = model
        self.llm = ChatOllama(model=model)

    def get_query_prompt(self):
        return PromptTemplate(
            input_variables=["question"],
            template="""You are an AI language model assistant. Write 2 alternative
            versions of the user question to retrieve relevant documents from a vector
            database, separated by newlines.
            Original question: {question}""",
        )

    def get_rag_prompt(self) -> ChatPromptTemplate:
        template = """Answer the question based ONLY on the following context:
        {context}
        Question: {question}
        """
        return ChatPromptTemplate.from_template(template)
