import torch
from telegram.ext import Application, CommandHandler, MessageHandler
from telegram.ext.filters import TEXT
from transformers import pipeline

# text-generation pipeline used for every reply
generator = pipeline("text-generation", model="TinyLlama/TinyLlama-1.1B-Chat-v1.0", torch_dtype=torch.bfloat16)

BOT_TOKEN = "<your-telegram-bot-token>"


async def on_start(update, context):
    await update.message.reply_text("Hi! Send me something and I'll answer.")


async def on_text(update, context):
    prompt = update.message.text
    out = generator(prompt, min_length=100, max_length=150, do_sample=True,
                    temperature=0.1, top_k=50, top_p=0.9)
    await update.message.reply_text(out[0]["generated_text"])


def main():
    app = Application.builder().token(BOT_TOKEN).build()
    app.add_handler(CommandHandler("start", on_start))
    app.add_handler(MessageHandler(TEXT, on_text))
    app.run_polling()


if __name__ == "__main__":
    main()
