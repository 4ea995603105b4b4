from dotenv import find_dotenv, load_dotenv
from mistralai import Mistral
from openai import AsyncOpenAI

_ = load_dotenv(find_dotenv())

openai_llm = AsyncOpenAI()
mistral_llm = Mistral()
