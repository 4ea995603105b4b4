import re

from math_verify import parse, verify
from transformers import AutoModelForSequenceClassification, AutoTokenizer

FORMAT_RE = re.compile(r"^<think>\n.*?\n</think>\n<answer>\n.*?\n</answer>$", re.DOTALL)
PRM_NAME = "Qwen/Qwen2.5-Math-PRM-7B"


def accuracy_reward(completions, solution, **kwargs):
    return [1.0 if verify(parse(s), parse(c[0]["content"])) else 0.0 for c, s in zip(completions, solution)]


def format_reward(completions, **kwargs):
    return [1.0 if FORMAT_RE.match(c[0]["content"]) else 0.0 for c in completions]


def load_prm():
    tok = AutoTokenizer.from_pretrained(PRM_NAME, trust_remote_code=True)
    model = AutoModelForSequenceClassification.from_pretrained(PRM_NAME, trust_remote_code=True).eval()
    return tok, model


def load_orm(name="internlm/internlm2-7b-reward"):
    return AutoModelForSequenceClassification.from_pretrained(name, trust_remote_code=True)
