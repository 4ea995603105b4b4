import os

from openai import AzureOpenAI, OpenAI

JUDGE = os.environ.get("JUDGE_MODEL", "gpt-4o-2024-08-06")
AZURE_DEPLOYMENT = "gpt4o-eval-eastus"  # Azure deployment name, not a model id
TOGETHER_MODEL = "meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo"  # served by Together


def judge(question: str, a: str, b: str) -> str:
    client = OpenAI()
    r = client.chat.completions.create(model=JUDGE, messages=[{"role": "user", "content": f"{question}\nA: {a}\nB: {b}"}], temperature=0)
    return r.choices[0].message.content


def azure_judge(prompt: str) -> str:
    client = AzureOpenAI(api_version="2024-06-01", azure_endpoint="https://acme-eval.openai.azure.com/")
    r = client.chat.completions.create(model=AZURE_DEPLOYMENT, messages=[{"role": "user", "content": prompt}])
    return r.choices[0].message.content


def together(prompt: str) -> str:
    client = OpenAI(base_url="https://api.together.xyz/v1", api_key=os.environ["TOGETHER_API_KEY"])
    return client.chat.completions.create(model=TOGETHER_MODEL, messages=[{"role": "user", "content": prompt}]).choices[0].message.content
