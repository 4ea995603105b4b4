# Beginner Lil-bot for all!
"""
bot_minimal.py
▸ /start – привет + кнопки моделей
▸ /m     – показать кнопки ещё раз
"""
import os
from collections import defaultdict
from typing import List

import httpx
from dotenv import load_dotenv
from ollama import Client
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (ApplicationBuilder, CallbackQueryHandler, CommandHandler,
                          ContextTypes, MessageHandler, filters)

load_dotenv()
TOKEN = os.getenv("BOT_TOKEN")
if not TOKEN:
    raise RuntimeError("BOT_TOKEN не задан в .env")

client = Client(host="http://localhost:11434")
chats = defaultdict(lambda: {"model": None, "history": []})


async def list_models() -> List[str]:
    base_url = "http://localhost:11434"
    async with httpx.AsyncClient() as session:
        resp = await session.get(f"{base_url}/api/tags")
        resp.raise_for_status()
    return sorted(m["name"] for m in resp.json().get("models", []) if "name" in m)


async def model_keyboard() -> InlineKeyboardMarkup:
    models = await list_models()
    return InlineKeyboardMarkup([[InlineKeyboardButton(m, callback_data=f"MODEL|{m}")] for m in models])


async def cb_switch_model(update: Update, ctx: ContextTypes.DEFAULT_TYPE):
    query = update.callback_query
    await query.answer()
    _, model = query.data.split("|", 1)
    chats[query.message.chat_id]["model"] = model
    await query.edit_message_text(f"✅ Модель переключена на *{model}*", parse_mode="Markdown")


async def cmd_start(update: Update, ctx: ContextTypes.DEFAULT_TYPE):
    cid = update.effective_chat.id
    if chats[cid]["model"] is None:
        models = await list_models()
        chats[cid]["model"] = models[0] if models else None
    await update.message.reply_text("👋 Привет! Я локальный LLM-бот.", reply_markup=await model_keyboard())


async def chat(update: Update, ctx: ContextTypes.DEFAULT_TYPE):
    state = chats[update.effective_chat.id]
    if state.get("model") is None:
        await update.message.reply_text("Пожалуйста, выберите модель сначала.", reply_markup=await model_keyboard())
        return
    state["history"].append({"role": "user", "content": update.message.text})
    res = client.chat(model=state["model"], messages=state["history"])
    answer = res["message"]["content"]
    state["history"].append({"role": "assistant", "content": answer})
    await update.message.reply_text(answer)


def main():
    app = ApplicationBuilder().token(TOKEN).build()
    app.add_handler(CommandHandler("start", cmd_start))
    app.add_handler(CallbackQueryHandler(cb_switch_model, pattern=r"^MODEL\|"))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, chat))
    app.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()
