import logging
import os
import re

import aiohttp
import discord
from discord.ext import commands
from dotenv import load_dotenv

# --- Configuration ---
load_dotenv()
token = os.getenv('DISCORD_TOKEN')
ollama_url = os.getenv('OLLAMA_URL', 'http://localhost:11434')
ollama_model = os.getenv('OLLAMA_MODEL', 'gpt-oss')

handler = logging.FileHandler(filename='discord.log', encoding='utf-8', mode='w')
intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix='!', intents=intents)

user_models = {}
user_history = {}
MAX_HISTORY = 10


async def get_available_models():
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session:
        async with session.get(f"{ollama_url}/api/tags") as response:
            response.raise_for_status()
            return (await response.json()).get("models", [])


async def call_ollama_chat(model_name, prompt, history=None):
    messages = [{"role": "system", "content": "You are a helpful assistant. Respond directly without <think> tags."}]
    messages.extend(history or [])
    messages.append({"role": "user", "content": prompt})
    payload = {"model": model_name, "messages": messages, "temperature": 0.6, "stream": False, "keep_alive": "15m"}
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=120)) as session:
        async with session.post(f"{ollama_url}/api/chat", json=payload) as response:
            response.raise_for_status()
            result = (await response.json()).get("message", {}).get("content", "No response.")
    return re.sub(r'<think>.*?</think>', '', result, flags=re.DOTALL).strip()


@bot.command(name="models")
async def list_models(ctx):
    models = await get_available_models()
    lines = [f"• `{m.get('name', 'unknown')}` ({m.get('size', 0) / 1024**3:.1f} GB)" for m in models]
    await ctx.send("**Available Models:**\n\n" + "\n".join(lines) + f"\n\n**Current model:** `{ollama_model}`")


@bot.command(name="setmodel")
async def set_model(ctx, model_name: str):
    names = [m.get("name", "") for m in await get_available_models()]
    if model_name not in names:
        await ctx.send(f"❌ Model `{model_name}` not found. Use `!models` to see available models.")
        return
    user_models[ctx.author.id] = model_name
    await ctx.send(f"✅ Your model is now set to `{model_name}`")


@bot.command(name="ask")
async def ask_ollama(ctx, *, prompt: str):
    history = user_history.setdefault(ctx.author.id, [])
    result = await call_ollama_chat(user_models.get(ctx.author.id, ollama_model), prompt, history)
    history += [{"role": "user", "content": prompt}, {"role": "assistant", "content": result}]
    user_history[ctx.author.id] = history[-MAX_HISTORY * 2:]
    await ctx.send(f"💬 {result[:1900]}")


bot.run(token, log_handler=handler, log_level=logging.DEBUG)
