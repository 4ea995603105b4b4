#https://platform.openai.com/docs/models/gpt-4o-mini-tts

import asyncio
import os

from dotenv import load_dotenv
from openai import AsyncOpenAI

load_dotenv()
api_key = os.getenv("OPENAI_API_KEY")

openai = AsyncOpenAI()

input_text = """Ah, you got a package gone missing, huh? Sounds like trouble. Lemme see what I can dig up."""

instructions_text = """Affect: a mysterious noir detective

Tone: Cool, detached, but subtly reassuring.

Delivery: Slow and deliberate, with dramatic pauses."""


async def main() -> None:
    output_file = "audio_reply.pcm"  # change filename and extension as needed

    async with openai.audio.speech.with_streaming_response.create(
        model="gpt-4o-mini-tts",
        voice="coral", #onyx
        input=input_text,
        instructions=instructions_text,
        response_format="pcm",
    ) as response:
        with open(output_file, "wb") as f:
            async for chunk in response.iter_bytes():
                f.write(chunk)

    print(f"Audio saved to {output_file}")

if __name__ == "__main__":
    asyncio.run(main())

#python3 pyopen.py > output.mdx
