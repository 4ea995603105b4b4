import tempfile

import discord
import matplotlib.pyplot as plt
import torch
from diffusers import StableDiffusionXLPipeline
from transformers import AutoModelForCausalLM, AutoTokenizer, pipeline


class SceneBot(discord.Client):
    def __init__(self, painter, key_file, detail):
        super().__init__(intents=discord.Intents.default())
        self.painter = painter
        self.key_file = key_file
        self.detail = detail

    async def on_ready(self):
        print(f"Logged in as {self.user}")

    async def on_message(self, message):
        if message.author == self.user:
            return
        if isinstance(message.channel, discord.channel.DMChannel) or self.user.mentioned_in(message):
            # older prompt, kept for reference:
            # prompt = f"[INST] BEGININPUT\n{message.content}\nENDINPUT\nBEGININSTRUCTION\nUNIQUE SET OF LABELS ONLY:\nENDINSTRUCTION\n[/INST]"
            path = self.paint(message.content)
            if path:
                await message.channel.send(file=discord.File(path, filename="image.png"))

    def paint(self, text):
        img = self.painter.pipe(prompt=text, negative_prompt="ugly, blurry, poor quality").images[0]
        with tempfile.NamedTemporaryFile(delete=False) as fh:
            fig, ax = plt.subplots(figsize=(24, 24))
            ax.imshow(img)
            ax.axis("off")
            fig.savefig(fh, format="png")
            return fh.name


class Painter:
    def __init__(self):
        self.pipe = StableDiffusionXLPipeline.from_pretrained("segmind/SSD-1B", torch_dtype=torch.float16, use_safetensors=True, variant="fp16")
        self.pipe.to("cuda")


class ChatLLM:
    def __init__(self, model_name_or_path):
        self.pipeline = pipeline(
            "text-generation",
            model=AutoModelForCausalLM.from_pretrained(model_name_or_path, device_map="auto", revision="main"),
            tokenizer=AutoTokenizer.from_pretrained(model_name_or_path, use_fast=True),
            max_length=4096,
            do_sample=True,
            temperature=0.1,
        )


DETAIL = "LABELS: "


def main():
    # llm = ChatLLM("TheBloke/Airoboros-M-7B-3.1.2-GPTQ")
    bot = SceneBot(Painter(), "discord_key.txt", DETAIL)
    with open(bot.key_file) as fh:
        token = fh.read()
    bot.run(token)


main()
