import asyncio

from dotenv import load_dotenv
from langchain.callbacks.streaming_stdout import StreamingStdOutCallbackHandler

from src.handlers import create_handlers
from src.slackbot import SlackBot

handler = StreamingStdOutCallbackHandler()
load_dotenv()

bot = SlackBot(name='SlackBot', verbose=True,
               chunk_size=500,     # chunk size for splitter
               chunk_overlap=50,   # chunk overlap for splitter
               k_similarity=5)     # number of chunks the retriever returns

## LLM configuration
model_type = 'openai'
if model_type == 'llama':
    config = dict(gpu_layers=32, temperature=0.8, batch_size=1024,
                  context_length=2048, threads=6, stream=True, max_new_tokens=500)
else:
    config = dict(model_name="gpt-3.5-turbo", temperature=0.8, max_tokens=500)

bot.app.logger.info("Initializing LLM and embeddings...")
bot.initialize_llm(model_type, max_tokens_threads=500, handler=handler, config=config)
bot.initialize_embeddings(model_type)

# handlers for /ask, /modify_bot, /bot_info and mentions
create_handlers(bot)


async def start():
    await bot.start()

if __name__ == "__main__":
    asyncio.run(start())
