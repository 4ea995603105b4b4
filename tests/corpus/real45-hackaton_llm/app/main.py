import os

import tiktoken
import weaviate
from aiogram import Bot, Dispatcher, executor, types
from aiogram.contrib.fsm_storage.memory import MemoryStorage
from dotenv import load_dotenv
from langchain.embeddings import OpenAIEmbeddings
from langchain.llms import BaseLLM, OpenAI
from langchain.memory import ConversationTokenBufferMemory
from langchain.vectorstores import Weaviate

# ------------- ENV VARIABLES -------------
load_dotenv(os.path.join(os.path.dirname(__file__), os.pardir, '.env'))

OPENAI_API_KEY = os.getenv('OPENAI_API_KEY')
WEAVIATE_API_KEY = os.getenv('WEAVIATE_API_KEY')
WEAVIATE_URL = os.getenv('WEAVIATE_URL')
TELEGRAM_TOKEN = os.getenv('TELEGRAM_TOKEN')

# ------------- LLM OBJECTS -------------
client = weaviate.Client(url=WEAVIATE_URL, auth_client_secret=weaviate.AuthApiKey(api_key=WEAVIATE_API_KEY))
embeddings = OpenAIEmbeddings(openai_api_key=OPENAI_API_KEY)
db = Weaviate(client, 'RGDocs', 'text', embeddings, by_text=False, attributes=['doc_title', 'doc_url'])


class DummyLLM(BaseLLM):
    _tokenizer = tiktoken.encoding_for_model('gpt-3.5-turbo')

    def predict(self, text: str) -> str:
        text = text[text.find('Summaries:\n') + len('Summaries:\n'):]
        return text.split('\n')[0]

    def get_num_tokens(self, text):
        return len(self._tokenizer.encode(text))

    def _generate(self, prompts, stop=None, run_manager=None, **kwargs):
        """Not used."""

    def _llm_type(self) -> str:
        return "dummy"


LLM = DummyLLM()
# LLM = OpenAI(model_name="text-davinci-003", openai_api_key=OPENAI_API_KEY, max_tokens=2000)
LLM_TOKEN_LIMIT = 4_000
SYSTEM_MESSAGE = """You are an AI assistant for the Revenue Grid documentation.
Answer using the extracted parts of the documentation. If you don't know, say "Hmm, I'm not sure."
"""

bot = Bot(token=TELEGRAM_TOKEN)
dp = Dispatcher(bot, storage=MemoryStorage())


@dp.message_handler(commands=['start'])
async def start_handler(message: types.Message):
    memory = ConversationTokenBufferMemory(llm=LLM, max_token_limit=LLM_TOKEN_LIMIT // 2)
    dp.bot.data.update({"memory": memory})
    await message.reply("Hey! Ask me anything about RevenueGrid.")


@dp.message_handler()
async def text_message_handler(message: types.Message):
    memory = dp.bot.get('memory')
    history = memory.load_memory_variables({})['history'] + '\n' + f'Human: {message.text}'
    docs = db.similarity_search(history, by_text=False)
    while sum(LLM.get_num_tokens(d.page_content) for d in docs) > LLM_TOKEN_LIMIT // 2:
        docs = docs[:-1]
    summaries = '\n'.join(d.page_content for d in docs)
    answer = LLM.predict(SYSTEM_MESSAGE + history + 'Summaries:\n' + summaries)
    memory.save_context({'input': message.text}, {'output': answer})
    await message.reply(answer, parse_mode='Markdown')


if __name__ == '__main__':
    executor.start_polling(dp)
