from openai import OpenAI
client = OpenAI(
    # reads OPENAI_API_KEY from the environment by default
)

chat_completion = client.chat.completions.create(
    model="gpt-4o-mini",
    messages=[{"role": "user", "content": "Hello world"}]
)
