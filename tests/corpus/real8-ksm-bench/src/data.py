import re
from collections import Counter

from transformers import AutoTokenizer

from prompts import prompts

system_message = """Solve the given question.
After solving the problem, state your final answer in the following format: $\\boxed{N}$."""


def check_duplication(input_str, thres=10):
    count = Counter(input_str.split())
    return sum(1 for v in count.values() if v > 30) > thres


def answer_in_last_sentence(input_string, answer):
    last = str(input_string).strip().split('\n')[-1]
    nums = [float(n) for n in re.findall(r'\d+\.?\d*', last)]
    return bool(nums) and float(answer) == nums[-1]


def parse_boxed_value(text, answer):
    m = re.search(r'\\boxed\{\s*([\d,]+(?:\.\d+)?)\s*\}', str(text))
    if not m:
        return False
    pred = m.group(1).replace(',', '')
    return str(pred) == str(answer) or float(pred) == float(answer)


def generate_queries_local(df, model_name, prompt_id="ko"):
    tokenizer = AutoTokenizer.from_pretrained(model_name)
    queries = []
    for _, row in df.iterrows():
        text = row.original if prompt_id in ["en", "e2e", "e2k"] else row.question
        messages = [
            {"role": "system", "content": system_message},
            {"role": "user", "content": " ".join([text, prompts[prompt_id]])},
        ]
        queries.append(tokenizer.apply_chat_template(messages, tokenize=False))
    return queries


def generate_queries_litellm(df, model_name, prompt_id="ko"):
    return [[{"role": "system", "content": system_message + '\n\n' + prompts[prompt_id]},
             {"role": "user", "content": row.question}] for _, row in df.iterrows()]
