# vllm_openai_completions.py  -- talks to the local vLLM OpenAI-compatible server
from openai import OpenAI

client = OpenAI(
    base_url="http://localhost:8000/v1",
    api_key="sk-xxx",  # 随便填，只为通过参数校验
)

completion = client.chat.completions.create(
    model="Qwen2-7B-Instruct",
    messages=[{"role": "user", "content": "你好"}],
)
print(completion.choices[0].message)
