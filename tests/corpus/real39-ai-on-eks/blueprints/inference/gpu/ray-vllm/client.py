from openai import OpenAI

model = ""  # model name in org/model format
port = ""  # locally forwarded port
prompt = "Hello"

client = OpenAI(
    base_url=f"http://localhost:{port}/v1",
    api_key="token",
)

# Chat completion
response = client.chat.completions.create(
    model=model,
    messages=[{"role": "user", "content": f"{prompt}"}],
)
print(response.choices[0].message)

# Plain completion
# response = client.completions.create(model=model, prompt=prompt)
# print(response.choices[0].text)
