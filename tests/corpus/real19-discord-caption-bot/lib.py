import os

import discord
import torch
from discord.ext import commands
from dotenv import load_dotenv
from PIL import Image
from transformers import AutoTokenizer, ViTImageProcessor, VisionEncoderDecoderModel

load_dotenv()
TOKEN = os.getenv("DISCORD_TOKEN")

# ---- captioning model ----
MODEL_NAME = "nlpconnect/vit-gpt2-image-captioning"

print("Loading captioning model (first run downloads it)...")
captioner = VisionEncoderDecoderModel.from_pretrained(MODEL_NAME)
image_proc = ViTImageProcessor.from_pretrained(MODEL_NAME)
tok = AutoTokenizer.from_pretrained(MODEL_NAME)

device = "cuda" if torch.cuda.is_available() else "cpu"
captioner.to(device)


def caption_image(path):
    img = Image.open(path).convert("RGB")
    pixels = image_proc(images=img, return_tensors="pt").pixel_values.to(device)
    ids = captioner.generate(pixels, max_length=16, num_beams=4)
    text = tok.decode(ids[0], skip_special_tokens=True)
    words = {w.lower() for w in text.split() if w.isalpha()}
    return text, sorted(words, key=len, reverse=True)[:3]


intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="!", intents=intents)


@bot.event
async def on_message(message):
    if message.author.bot:
        return
    for att in message.attachments:
        if att.filename.lower().endswith(("jpg", "jpeg", "png")):
            await message.channel.send("Processing image, please wait...")
            local = f"./{att.filename}"
            await att.save(local)
            text, tags = caption_image(local)
            await message.channel.send(f"**Caption:** {text}\n**Tags:** {', '.join(tags)}")
            os.remove(local)
            return
    await bot.process_commands(message)


@bot.command()
async def ping(ctx):
    await ctx.send("Alive! Send an image to get a caption.")


bot.run(TOKEN)
