import os

from groq import Groq

KEY = os.getenv("GROQ_API_KEY")
context = """You are an assistant that helps users analyze Olympic athletes' performance data. Answer
clearly and concisely from the project's dataset; if data is missing, say so politely."""


def GROQ_generate(messages, model, temperature=1, top_p=1):
    client = Groq(api_key=KEY)
    return client.chat.completions.create(
        model=model,
        messages=messages,
        temperature=temperature,
        max_tokens=1024,
        top_p=top_p,
        stop=None,
    ).choices[0].message.content


def get_response(query, model):
    messages = [{"role": "system", "content": context}, {"role": "user", "content": query}]
    return GROQ_generate(messages, model)
