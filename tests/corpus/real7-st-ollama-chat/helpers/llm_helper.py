from openai import OpenAI

from config import Config

PROMPT = Config.SYSTEM_PROMPT


def chat(user_prompt, model, max_tokens=200, temp=0.7):
    client = OpenAI()
    # https://platform.openai.com/docs/api-reference/chat/create
    return client.chat.completions.create(
        model=model,
        messages=[{"role": "system", "content": PROMPT}, {"role": "user", "content": user_prompt}],
        temperature=temp,
        max_tokens=max_tokens,
        stream=True,
    )


def stream_parser(stream):
    for piece in stream:
        if piece.choices[0].delta.content is not None:
            yield piece.choices[0].delta.content
