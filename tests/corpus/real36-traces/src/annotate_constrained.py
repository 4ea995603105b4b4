import json
import re
from pathlib import Path

import openai
import requests
from openai._types import NOT_GIVEN
from tqdm import tqdm
from transformers import AutoTokenizer

# enc = tiktoken.encoding_for_model("gpt-4o-mini")
tokenizer = AutoTokenizer.from_pretrained("Qwen/Qwen3-32B")

quiet = True

ANNOTATED_DIR = Path("annotated")
OUT_DIR = Path("out")
ANNOTATED_DIR.mkdir(parents=True, exist_ok=True)

PROMPT = """
Rewrite the whole chain of thought, wrapping every sentence in one of these tags:

1. [problem_setup]  2. [plan_generation]  3. [fact_retrieval]  4. [active_computation]
5. [uncertainty_management]  6. [result_consolidation]  7. [self_checking]  8. [final_answer_emission]

Write them like [self_checking]text[/self_checking].

BEGIN TRACE:

```
{trace}
```

YOUR ANNOTATED TRACE:

```\n"""

TAGS = ["[problem_setup]", "[plan_generation]", "[fact_retrieval]", "[active_computation]",
        "[uncertainty_management]", "[result_consolidation]", "[self_checking]", "[final_answer_emission]"]
ALL_TAGS = TAGS + [t.replace("[", "[/") for t in TAGS]


def generate_token_openai(content, allowed=None):
    client = openai.OpenAI()
    bias = NOT_GIVEN
    if allowed is not None:
        bias = {tid: 100 for tid in (enc.encode(x)[0] for x in allowed)}
    response = client.completions.create(
        model="gpt-4o-mini",
        prompt=content,
        temperature=0.1,
        max_tokens=1,  # one token at a time
        logprobs=3,
        logit_bias=bias,
    )
    choice = response.choices[0]
    return choice.text, choice.logprobs


def generate_token_vllm(content, allowed=None):
    payload = {"prompt": content, "max_tokens": 1, "temperature": 0.1, "logprobs": 3}
    if allowed is not None:
        ids = [tokenizer.encode(x, add_special_tokens=False)[0] for x in allowed]
        payload["logit_bias"] = {str(i): 100 for i in ids}
    response = requests.post("http://localhost:8000/v1/completions",
                             headers={"Content-Type": "application/json"}, json=payload)
    response.raise_for_status()
    choice = response.json()["choices"][0]
    return choice["text"], choice["logprobs"]


def is_open(text):
    i = text.rfind("[")
    return i >= 0 and "]" not in text[i:]


def annotate_trace(trace):
    rest, generation = trace, ""
    with tqdm(total=len(tokenizer.encode(trace, add_special_tokens=False))) as bar:
        while rest:
            content = PROMPT.format(trace=trace) + generation
            if is_open(content):
                tail = content[content.rfind("["):]
                allowed = [t[len(tail):] for t in ALL_TAGS if t.startswith(tail)]
            else:
                allowed = [rest[:150], *ALL_TAGS, *[" " + t for t in ALL_TAGS], *["\n" + t for t in ALL_TAGS]]
            token, _ = generate_token_vllm(content, allowed)
            if rest.startswith(token):
                rest = rest[len(token):]
                bar.update(1)
            generation += token
    return generation


def main():
    with open(OUT_DIR / "aime:cot_responses.jsonl") as f:
        traces = [json.loads(line)["output"][0]["text"] for line in f]
    m = re.search(r"<think>(.*?)</think>", traces[0], re.DOTALL)
    trace = m.group(1).replace("[", "(").replace("]", ")")
    generation = annotate_trace(trace)
    with open(ANNOTATED_DIR / "aime:cot_annotations.jsonl", "w") as f:
        f.write(json.dumps({"original_trace": trace, "annotated_generation": generation}) + "\n")


if __name__ == "__main__":
    main()
