import uuid

from openai import OpenAI

# point this at the Space that runs the vLLM server
api_base = "https://[YOUR SPACE URL]/v1"

client = OpenAI(api_key="NONE", base_url=api_base)

stream = client.chat.completions.create(
    model="microsoft/Phi-3-mini-4k-instruct",
    messages=[{"role": "user", "content": "How are you?"}],
    extra_query={'id': str(uuid.uuid4())},  # avoid sticky sessions
    stream=True,
)

for part in stream:
    delta = part.choices[0].delta.content
    if delta is not None:
        print(delta, end="")
