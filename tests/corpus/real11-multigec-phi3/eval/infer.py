import os
import sys

from mlx_lm.utils import *
from tqdm import tqdm

from utils_transform_markdown_to_one_essay_per_line import get_corpus_names, md_to_dict

MODE = sys.argv[1]  # "minimal" or "fluency"
MODEL = f"../models/phi3-gec-{MODE}"

if MODE == "minimal":
    instruction = (
        "Correct the grammar of the essay with as few edits as possible. "
        "Keep correct passages unchanged and do not add or remove content."
    )
else:
    instruction = (
        "Correct the essay and feel free to rephrase for fluency, "
        "without adding or removing information."
    )

model, tokenizer = load(
    path_or_hf_repo=MODEL,
)


def to_markdown(essays):
    return "".join(f"### essay_id = {k}\n{v}\n\n" for k, v in essays.items())


def correct(essay):
    out = generate(
        model,
        tokenizer,
        prompt=f"<|system|>{instruction}<|end|><|user|>{essay}<|end|>",
        temp=0.1,
        max_tokens=2048,
    )
    return out.replace("<|assistant|>", "").replace("<|end|>", "").strip()


for name in get_corpus_names("ref"):
    with open(os.path.join("ref", f"{name}-orig-dev.md")) as fh:
        essays = md_to_dict(fh.read())
    fixed = {k: correct(v) for k, v in tqdm(essays.items())}
    hypo = 1 if MODE == "minimal" else 2
    with open(os.path.join("res", f"{name}-hypo{hypo}-dev.md"), "w") as fh:
        fh.write(to_markdown(fixed))
