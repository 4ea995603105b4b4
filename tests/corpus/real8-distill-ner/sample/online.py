from openai import OpenAI

# 连接阿里云百炼 (DashScope) 的 OpenAI 兼容接口
client = OpenAI(
    base_url="https://dashscope.aliyuncs.com/compatible-mode/v1",
    api_key="your api_key",  # 在阿里云百炼控制台申请
)

prompt = '''Extract entities and their types from the document. Output a JSON object whose keys are entity names and whose values are the corresponding entity types.
document: SpaceX was founded by Elon Musk in 2002.'''

stream = client.chat.completions.create(
    model="qwen3-235b-a22b",
    temperature=0,
    max_tokens=16384,
    messages=[{"role": "user", "content": prompt}],
    stream=True,
    extra_body={"enable_thinking": True},
)
content, thinking = '', ''
for chunk in stream:
    delta = chunk.choices[0].delta
    if getattr(delta, "reasoning_content", None) is not None:
        thinking += delta.reasoning_content
    if getattr(delta, "content", None):
        content += delta.content

print("thinking content:", thinking)
print("content:", content)
