"""
Five benchmarks (ARC, MMLU, HellaSwag, PIQA, Winogrande) for a local GPTQ model.

Needs: gptqmodel==2.2.0 lm-eval==0.4.2 "datasets<3" evaluate==0.4.1
Layout:
  v53_5bench.py
  Llama-3.2-1B-Instruct-gptq-v53-4bit/   (config.json, model.safetensors, ...)
"""

import json
import os
import pathlib
import subprocess
import sys

from gptqmodel import GPTQModel
from gptqmodel.utils.eval import EVAL

HERE = pathlib.Path(__file__).resolve().parent
MODEL_PATH = "./Llama-3.2-1B-Instruct-gptq-v53-4bit"
PREFIX = "llama32_1b_gptq_v53_4bit"
RESULTS = HERE / "result"
RESULTS.mkdir(exist_ok=True)


def arc_mmlu_hellaswag():
    out = RESULTS / f"{PREFIX}_arc_mmlu_hellaswag.json"
    GPTQModel.eval(
        model_id=MODEL_PATH,
        framework=EVAL.LM_EVAL,
        tasks=[EVAL.LM_EVAL.ARC_CHALLENGE, EVAL.LM_EVAL.MMLU, EVAL.LM_EVAL.HELLASWAG],
        output_file=out.as_posix(),
    )
    return out


def piqa_winogrande():
    out = RESULTS / f"{PREFIX}_piqa_winogrande.json"
    cmd = [
        sys.executable, "-m", "lm_eval",
        "--model", "hf",
        f"--model_args=pretrained={MODEL_PATH},dtype=bfloat16",
        "--tasks", "piqa,winogrande",
        "--device", "cuda",
        f"--output_path={out.as_posix()}",
    ]
    subprocess.run(cmd, check=True)
    return out


if __name__ == "__main__":
    os.chdir(RESULTS)
    merged = {}
    for path in (arc_mmlu_hellaswag(), piqa_winogrande()):
        with open(path) as fh:
            merged.update(json.load(fh))
    with open(f"{PREFIX}_5bench.json", "w") as fh:
        json.dump(merged, fh, indent=2)
