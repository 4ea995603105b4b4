# Average bot for strongest people!
"""
bot_advanced.py
▸ /start           – привет + выбор модели кнопкой
▸ /m               – клавиатура моделей
▸ /clear           – стереть историю
▸ /thinking on|off – скрывать <think>
▸ изображение + подпись – vision-запрос
"""
import os
import re
import tempfile
from collections import defaultdict
from pathlib import Path

import httpx
from dotenv import load_dotenv
from ollama import Client
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import (ApplicationBuilder, CallbackQueryHandler, CommandHandler,
                          ContextTypes, MessageHandler, filters)

_THINK_TAG = re.compile(r"<think>.*?</think>", re.DOTALL)


def strip_thinking(text: str) -> str:
    return _THINK_TAG.sub("", text)


VISION_FAMILIES = {"gemma3", "llava", "llama3.2-vision"}


def supports_vision(model: str) -> bool:
    """True if the model can take images."""
    family = model.split(":", 1)[0]
    return family in VISION_FAMILIES or any(tag in model for tag in VISION_FAMILIES)


load_dotenv()
TOKEN = os.getenv("BOT_TOKEN")
if not TOKEN:
    raise RuntimeError("BOT_TOKEN не задан в .env")
client = Client(host="http://localhost:11434")
chats = defaultdict(lambda: {"model": None, "history": [], "thinking": True})


async def list_models() -> list[str]:
    async with httpx.AsyncClient() as session:
        resp = await session.get("http://localhost:11434/api/tags")
        resp.raise_for_status()
    return sorted(m["name"] for m in resp.json().get("models", []) if "name" in m)


async def model_keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton(m, callback_data=f"MODEL|{m}")]
                                 for m in await list_models()])


async def cb_switch_model(update: Update, ctx: ContextTypes.DEFAULT_TYPE):
    q = update.callback_query
    await q.answer()
    _, model = q.data.split("|", 1)
    chats[q.message.chat_id]["model"] = model
    await q.edit_message_text(f"✅ Модель переключена на *{model}*", parse_mode="Markdown")


async def cmd_start(update: Update, ctx: ContextTypes.DEFAULT_TYPE):
    st = chats[update.effective_chat.id]
    if st["model"] is None:
        models = await list_models()
        st["model"] = models[0] if models else None
    await update.message.reply_text("👋 Выберите модель или используйте /m.", reply_markup=await model_keyboard())


async def chat_text(update: Update, ctx: ContextTypes.DEFAULT_TYPE):
    st = chats[update.effective_chat.id]
    if st["model"] is None:
        await update.message.reply_text("Пожалуйста, выберите модель:", reply_markup=await model_keyboard())
        return
    st["history"].append({"role": "user", "content": update.message.text})
    answer = client.chat(model=st["model"], messages=st["history"])["message"]["content"]
    if not st["thinking"]:
        answer = strip_thinking(answer)
    st["history"].append({"role": "assistant", "content": answer})
    await update.message.reply_text(answer)


async def chat_image(update: Update, ctx: ContextTypes.DEFAULT_TYPE):
    st = chats[update.effective_chat.id]
    if st["model"] is None or not supports_vision(st["model"]):
        await update.message.reply_text("⚠️ Текущая модель не поддерживает изображения.")
        return
    doc = update.message.document
    if update.message.photo:
        file_obj, ext = await update.message.photo[-1].get_file(), ".jpg"
    elif doc and doc.mime_type.startswith("image/"):
        file_obj, ext = await doc.get_file(), Path(doc.file_name).suffix
    else:
        return
    img_path = Path(tempfile.mkdtemp()) / f"{file_obj.file_id}{ext}"
    await file_obj.download_to_drive(img_path)
    st["history"].append({"role": "user", "content": update.message.caption or "Опиши изображение.",
                          "images": [str(img_path)]})
    answer = client.chat(model=st["model"], messages=st["history"])["message"]["content"]
    st["history"].append({"role": "assistant", "content": answer})
    await update.message.reply_text(answer)


def main():
    app = ApplicationBuilder().token(TOKEN).build()
    app.add_handler(CommandHandler("start", cmd_start))
    app.add_handler(CallbackQueryHandler(cb_switch_model, pattern=r"^MODEL\|"))
    app.add_handler(MessageHandler(filters.PHOTO | filters.Document.IMAGE, chat_image))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, chat_text))
    app.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()
