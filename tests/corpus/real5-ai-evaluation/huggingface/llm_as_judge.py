import re

import pandas as pd
from huggingface_hub import InferenceClient
from tqdm.auto import tqdm


def make_judge(model_id="mistralai/Mixtral-8x7B-Instruct-v0.1"):
    return InferenceClient(model=model_id, timeout=120)


JUDGE_PROMPT = """
You receive a user_question and a system_answer.
Rate from 1 to 4 how well the answer addresses the question:
1 = irrelevant, 2 = mostly unhelpful, 3 = mostly helpful, 4 = excellent.

Feedback:::
Evaluation: (your rationale)
Total rating: (1-4)

Question: {question}
Answer: {answer}

Feedback:::
Evaluation: """


def parse_score(text: str, marker: str = "Total rating:") -> float:
    try:
        tail = text.split(marker)[1] if marker in text else text
        nums = re.findall(r"\d+(?:\.\d+)?", tail)
        return float(nums[0])
    except Exception as exc:
        print(f"could not parse score: {exc}")
        return None


def judge_all(pairs, client, template=JUDGE_PROMPT):
    rows = []
    for qa in tqdm(pairs):
        out = client.text_generation(prompt=template.format(**qa), max_new_tokens=500)
        rows.append({**qa, "judge_response": out, "judge_score": parse_score(out)})
    return pd.DataFrame(rows)


if __name__ == "__main__":
    judge = make_judge()
    samples = [
        {"question": "What is the capital of France?", "answer": "Paris."},
        {"question": "How do I bake a chocolate cake?", "answer": "Not sure, check a recipe book."},
    ]
    print(judge_all(samples, judge)[["question", "judge_score"]])
