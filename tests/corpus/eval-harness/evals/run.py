"""Run lm-eval-harness on every candidate in evals/models.yaml."""
import json
import subprocess
import sys
from pathlib import Path

import lm_eval
import yaml
from lm_eval.models.huggingface import HFLM
from lm_eval.models.vllm_causallms import VLLM

HERE = Path(__file__).parent
TASKS = ["mmlu_pro_law", "gsm8k_acme", "arc_challenge_acme", "hellaswag_acme", "ifeval"]


def run_one(model_id: str, revision: str | None = None, batch_size: int = 8) -> dict:
    lm = HFLM(pretrained=model_id, revision=revision or "main", batch_size=batch_size)
    return lm_eval.simple_evaluate(model=lm, tasks=TASKS, include_path=str(HERE.parent / "tasks"))


def run_vllm(model_id: str) -> dict:
    lm = VLLM(pretrained=model_id, tensor_parallel_size=2, gpu_memory_utilization=0.85)
    return lm_eval.simple_evaluate(model=lm, tasks=TASKS)


def smoke() -> None:
    # tiny models so CI finishes in minutes
    run_one("EleutherAI/pythia-70m", batch_size=1)
    run_one("HuggingFaceTB/SmolLM2-135M", revision="v0.1")
    subprocess.run(
        [
            sys.executable, "-m", "lm_eval",
            "--model", "hf",
            "--model_args", "pretrained=Qwen/Qwen2.5-0.5B,dtype=bfloat16,trust_remote_code=True",
            "--tasks", "gsm8k_acme",
            "--output_path", "results/smoke",
            "--log_samples",
        ],
        check=True,
    )


def main() -> None:
    cfg = yaml.safe_load((HERE / "models.yaml").read_text())
    for cand in cfg["candidates"]:
        target = cand.get("hf_id") or cand["local"]
        res = run_one(target, cand.get("revision"))
        out = Path(cfg["output_root"]) / f"{cand['name']}.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(res["results"], indent=2, default=str))
    run_one("outputs/llama-ft")
    run_vllm("neuralmagic/Meta-Llama-3.1-8B-Instruct-FP8")


if __name__ == "__main__":
    smoke() if "--smoke" in sys.argv else main()
