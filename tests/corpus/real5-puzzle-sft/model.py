import openai

client = openai.OpenAI(base_url="https://example-tunnel.ngrok-free.app/v1", api_key="token-xyz")

question = """Puzzle - """

resp = client.chat.completions.create(
    model="Qwen/QwQ-32B",
    messages=[{"role": "user", "content": question}],
)

print(resp.choices[0].message.content)
print(resp.choices[0].message.reasoning_content)
