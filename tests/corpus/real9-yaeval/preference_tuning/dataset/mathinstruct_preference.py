import os
import re
from functools import partial

try:
    from codethink.dataset.data import TransformedDataset
except ImportError:
    from data import TransformedDataset

HERE = os.path.dirname(os.path.realpath(__file__))


def keep_source(dataset, solution_type="PoT"):
    return dataset.filter(lambda ex: solution_type in ex["source"])


def pot_prompt(x):
    text = x["instruction"]
    cut = len(text)
    for word in ("Let", "Please"):
        if word in text:
            cut = max(m.start() for m in re.finditer(word, text))
            break
    return text[:cut].strip()


def pot_program(x):
    body = x["output"]
    if "return" in body:
        return body
    lines = body.split("\n")
    if "print" in lines[-1]:
        lines[-1] = lines[-1].replace("print(", "return ").replace(")", "")
    return "\n".join(["def solution():"] + ["    " + ln for ln in lines])


def cot_answer(x, marker="answer is"):
    out = x["output"].replace("answe ", "answer ")
    if marker not in out:
        return out, None
    ans = out.split(marker)[-1].strip().rstrip(".")
    return ans.split("\n")[0].strip(), None


def cot_score(prediction, ground_truth):
    for ans in eval(ground_truth):
        if ans is not None and prediction == ans:
            return 1
    return 0


MathInstructPoTDataset = partial(
    TransformedDataset,
    data_path="TIGER-Lab/MathInstruct",
    preprocessing=partial(keep_source, solution_type="PoT"),
    input_text=pot_prompt,
    output_text=pot_program,
    evaluation=lambda x, y: -1,
    test_split="train",
)

MathInstructCoTDataset = partial(
    TransformedDataset,
    data_path="TIGER-Lab/MathInstruct",
    preprocessing=partial(keep_source, solution_type="CoT"),
    input_text=lambda x: x["instruction"],
    output_text=cot_answer,
    evaluation=cot_score,
    test_split="train",
)
