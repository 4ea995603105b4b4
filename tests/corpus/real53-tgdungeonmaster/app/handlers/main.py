from aiogram import Router
from aiogram.types import Message
from llama_cpp import Llama

router = Router(name=__name__)
llm = Llama(
      model_path="../models/7B/llama-7b.Q4_K_S.gguf",
      # n_gpu_layers=-1, # Uncomment to use GPU acceleration
      # n_ctx=2048, # Uncomment to increase the context window
)


@router.message()
async def narrate(message: Message):
    output = llm(
        f"Q: {message.text} A: ",
        max_tokens=64,
        stop=["Q:", "\n"],
        echo=False,
    )
    await message.reply(output["choices"][0]["text"].strip())
