"""Telegram chat bot built using the language model from OpenAI."""

import logging
import sys
import time

from telegram import Chat, Message
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackContext,
    CommandHandler,
    MessageHandler,
    PicklePersistence,
)

from bot import askers, commands, questions
from bot.config import config
from bot.fetcher import Fetcher
from bot.filters import Filters
from bot.models import UserData

logging.basicConfig(
    stream=sys.stdout,
    level=logging.INFO,
    format="%(asctime)s %(levelname)s %(name)s %(message)s",
)
logging.getLogger("openai").setLevel(logging.WARNING)
logging.getLogger("bot.ai.chatgpt").setLevel(logging.INFO)
logging.getLogger("bot.commands").setLevel(logging.INFO)

logger = logging.getLogger(__name__)
fetcher = Fetcher()
filters = Filters()


def main():
    persistence = PicklePersistence(filepath=config.persistence_path)
    application = (
        ApplicationBuilder()
        .token(config.telegram.token)
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .persistence(persistence)
        .concurrent_updates(True)
        .build()
    )
    application.add_handler(CommandHandler("start", commands.Start()))
    application.add_handler(CommandHandler("help", commands.Help(), filters=filters.users))
    application.add_handler(CommandHandler("retry", commands.Retry(reply_to), filters=filters.users_or_chats))
    application.add_handler(CommandHandler("imagine", commands.Imagine(reply_to), filters=filters.users_or_chats))
    application.add_handler(MessageHandler(filters.messages, commands.Message(reply_to)))
    application.add_error_handler(commands.Error())
    application.run_polling()


async def post_init(application: Application) -> None:
    bot = application.bot
    logging.info(f"config: file={config.filename}, version={config.version}")
    logging.info(f"model name: {config.openai.model}")
    await bot.set_my_commands(commands.BOT_COMMANDS)


async def post_shutdown(application: Application) -> None:
    await fetcher.close()


async def reply_to(message: Message, context: CallbackContext, question: str) -> None:
    """Replies to a specific question, retrying on rate limits."""
    await message.chat.send_action(action="typing")
    while True:
        try:
            asker = askers.create(question)
            if message.chat.type == Chat.PRIVATE and message.forward_date:
                answer = "This is a forwarded message. What should I do with it?"
            else:
                question, _ = questions.prepare(question)
                answer = await asker.ask(question, [])
            UserData(context.user_data).messages.add(question, answer)
            await asker.reply(message, context, answer)
            return
        except Exception as exc:
            text = f"{exc.__class__.__module__}.{exc.__class__.__qualname__}: {exc}"
            logger.error(text)
            if "Limit: 3 / min" in text:
                await message.reply_text("Подождите, обрабатываю запрос...")
                time.sleep(10)
                continue
            await message.reply_text("Повторите запрос позже")
            return


if __name__ == "__main__":
    main()
