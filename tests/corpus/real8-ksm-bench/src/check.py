import argparse
import json
import os

import pandas as pd

from data import answer_in_last_sentence, parse_boxed_value, parse_ksm_value, parse_mcqa_value

parser = argparse.ArgumentParser(description="Re-score saved predictions.")
parser.add_argument('--model_name', type=str, default='gpt-4o',
                    help="model whose predictions are checked")
parser.add_argument('--lang_type', type=str, default="ko",
                    help="language of the evaluation sets")
args = parser.parse_args()

model_name = args.model_name
lang = args.lang_type
safe = model_name.replace("/", "_")
src_dir = os.path.join(f"{lang}_results", safe)
os.makedirs(f"{lang}_check_results/{safe}", exist_ok=True)

scores = {}
for d in ["GSM8K", "MATH", "OMNI_MATH", "MMMLU", "KSM"]:
    df = pd.read_csv(os.path.join(src_dir, f"{d}.csv"))
    if d in ["GSM8K", "MATH", "OMNI_MATH"]:
        ok = [answer_in_last_sentence(r.solution, r.answer) or parse_boxed_value(r.solution, r.answer)
              for _, r in df.iterrows()]
    elif d == "MMMLU":
        ok = [parse_mcqa_value(r.question, r.solution, r.answer) for _, r in df.iterrows()]
    else:
        ok = [parse_ksm_value(r.question, r.solution, r.answer) for _, r in df.iterrows()]
    scores[d] = sum(ok) / len(df) * 100
    df["check"] = ["O" if x else "X" for x in ok]
    df.to_csv(f"{lang}_check_results/{safe}/{d}_check.csv")

os.makedirs(f"{lang}_check_json_result", exist_ok=True)
with open(f"{lang}_check_json_result/{safe}.json", "w") as f:
    json.dump(scores, f, indent=4)
