import argparse

from clearml import Task

project_name = "Automation"
task_name = "alpacaeval_vllm"
queue_name = "oneshot-a100x4"

# ---- local side ----
ap = argparse.ArgumentParser(description="AlpacaEval through vLLM")
ap.add_argument("--model-id", type=str)
ap.add_argument("--clearml-model", action="store_true", default=False)
ap.add_argument("--mode", choices=["generate", "evaluate", "complete"], default="complete")
ap.add_argument("--v2", action="store_true", default=False)
ap.add_argument("--chunksize", type=int, default=64)
ap.add_argument("--generation-task", type=str, default=None)
ap.add_argument("--annotator", type=str, default="Llama-3.1-70B-Instruct")
ap.add_argument("--dtype", type=str, default="bfloat16")
ap.add_argument("--max-model-len", type=int, default=4096)
ap.add_argument("--build-vllm", action="store_true", default=False)
args = ap.parse_args()

packages = [
    "git+https://github.com/neuralmagic/alpaca_eval.git@main",
    "git+https://github.com/neuralmagic/compressed-tensors.git@main",
    "sentencepiece",
]
packages.append("git+https://github.com/vllm-project/vllm.git@main" if args.build_vllm else "vllm")

Task.force_store_standalone_script()
task = Task.init(project_name=project_name, task_name=task_name)
task.set_base_docker(docker_image="498127099666.dkr.ecr.us-east-1.amazonaws.com/mlops/k8s-research-clean:latest")
task.set_script(repository="https://github.com/neuralmagic/alpaca_eval.git", branch="main")
task.set_packages(packages)
task.execute_remotely(queue_name)

# ---- remote side ----
import os
import subprocess
import sys

import alpaca_eval
import yaml
from clearml import InputModel
from transformers import AutoTokenizer

num_gpus = 4 if "x4" in queue_name else 1

if args.clearml_model:
    src = InputModel(model_id=args.model_id)
    model_id = src.get_local_copy()
else:
    model_id = args.model_id

repo_dir = os.path.split(alpaca_eval.__file__)[0]
alpaca_bin = os.path.join(os.path.dirname(sys.executable), "alpaca_eval")

if args.mode in ("generate", "complete"):
    cfg_name = model_id.replace("/", "__")
    cfg_dir = os.path.join(repo_dir, "models_configs", cfg_name)
    os.mkdir(cfg_dir)
    tok = AutoTokenizer.from_pretrained(model_id)
    prompt = tok.apply_chat_template([{"role": "user", "content": "{instruction}"}],
                                     add_generation_prompt=True, tokenize=False)
    prompt_path = os.path.join(cfg_dir, "prompt.txt")
    with open(prompt_path, "w") as fh:
        fh.write(prompt)
    conf = {cfg_name: {
        "prompt_template": prompt_path,
        "fn_completions": "vllm_local_completions",
        "completions_kwargs": {"model_name": model_id, "model_kwargs": {"dtype": args.dtype, "tensor_parallel_size": num_gpus}},
    }}
    with open(os.path.join(cfg_dir, "configs.yaml"), "w") as fh:
        yaml.dump(conf, fh)
    subprocess.run([alpaca_bin, "generate", "--model_configs", cfg_name,
                    "--chunksize", str(args.chunksize), "--output_path", "results"])
    task.upload_artifact(name="generation outputs", artifact_object=os.path.join("results", "model_outputs.json"))

if args.mode in ("evaluate", "complete"):
    os.environ["IS_ALPACA_EVAL_2"] = str(args.v2)
    ann_path = os.path.join(repo_dir, "evaluators_configs", args.annotator, "configs.yaml")
    ann = yaml.safe_load(open(ann_path))
    ann[args.annotator]["completions_kwargs"]["model_kwargs"]["tensor_parallel_size"] = num_gpus
    yaml.dump(ann, open(ann_path, "w"))
    subprocess.run([alpaca_bin, "evaluate", "--model_outputs", os.path.join("results", "model_outputs.json"),
                    "--annotators_config", args.annotator, "--output_path", "results"])
    task.get_logger().report_table(title="AlpacaEval Leaderboard", series=f"Annotator: {args.annotator}",
                                   csv=os.path.join("results", args.annotator, "leaderboard.csv"))
