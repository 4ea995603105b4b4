import argparse
import json
import subprocess
from pathlib import Path

import pandas as pd


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--model-name", required=True)
    p.add_argument("--tasks", default="mmlu,gsm8k,truthfulqa")
    p.add_argument("--shots", type=int, default=5)
    p.add_argument("--out", default="runs/model_eval")
    a = p.parse_args()

    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    scores_json = out / "scores.json"

    cmd = [
        "lm_eval",
        "--model", "hf",
        "--model_args", f"pretrained={a.model_name},dtype=bfloat16",
        "--tasks", a.tasks,
        "--num_fewshot", str(a.shots),
        "--output_path", str(scores_json),
    ]
    print("Running:", " ".join(cmd))
    subprocess.run(cmd, check=True)

    if scores_json.exists():
        res = json.loads(scores_json.read_text(encoding="utf-8")).get("results", {})
        rows = [{"task": t, "metric": m, "value": v} for t, ms in res.items() for m, v in ms.items()]
        pd.DataFrame(rows).to_csv(out / "scores.csv", index=False)


if __name__ == "__main__":
    main()
