import argparse
import itertools
import os
import subprocess
import tempfile

from datatrove.io import get_datafolder
from loguru import logger

EVAL_LOGS_PATH = f"/path/to/eval-logs"
CPUS_PER_NODE = 88
GPUS_PER_NODE = 8
PARTITION = "partition"
NODES = 1


def launch_slurm_job(launch_file_contents, *args):
    """Save a sbatch script and submit it; returns the slurm job id."""
    with tempfile.NamedTemporaryFile("w") as f:
        f.write(launch_file_contents)
        f.flush()
        return subprocess.check_output(["sbatch", *args, f.name]).decode("utf-8").split()[-1]


def get_checkpoints_to_run(s3_path: str, checkpoints: str):
    df = get_datafolder(s3_path)
    avail = [i for i in sorted(df.ls("", detail=False)) if i != "latest.txt"]
    return checkpoints.split(",") if checkpoints != "all" else avail


parser = argparse.ArgumentParser("Launch evals for a set of checkpoints.")
parser.add_argument(
    "model_name", type=str,
    help="Model name on s3. Example: 1p46G-control-english-fw-ft-bl-28BT-seed-6. Use commas for multiple models"
)
parser.add_argument("language", type=str, help="Language to run evals for. Example: zh")
parser.add_argument("--s3_prefix", type=str, help="s3://path/to/models/ by default", default="s3://path/to/models/")
parser.add_argument("--checkpoints", "-ckpts", type=str, default="all")
parser.add_argument(
    "--model-template", type=str, help="Template to use for the model name",
    default="{model_name}"
    # default="{model_name}-{language}-29BT-seed-{seed}"
)
parser.add_argument("--tasks", type=str, default="early-signals")
parser.add_argument("--seed", default="6")
parser.add_argument("--gpus", "-g", type=int, default=GPUS_PER_NODE)
parser.add_argument("--logging_dir", type=str, default="s3://path/to/evals/results", help="Repo to push results to")

if __name__ == "__main__":
    args = parser.parse_args()
    for model_name, seed in itertools.product(args.model_name.split(","), args.seed.split(",")):
        model_name = args.model_template.format(model_name=model_name, language=args.language, seed=seed)
        s3_path = args.s3_prefix.removesuffix("/") + "/" + model_name
        selected = get_checkpoints_to_run(s3_path, args.checkpoints)
        os.makedirs(f"{EVAL_LOGS_PATH}/{model_name}/{args.language}", exist_ok=True)

        with open(f"{EVAL_LOGS_PATH}/{model_name}/{args.language}.yml", "wt") as f:
            f.write(f"""batch_size: 8
logging:
  logging_dir: {args.logging_dir}
  save_details: true
parallelism:
  dp: {args.gpus}
  tp: 1
tasks:
  custom_tasks: lighteval.community_tasks.multilingual.configs.{args.language}
  max_samples: 1000
  tasks: {args.tasks}""")

        launch_script = f"""#!/bin/bash
#SBATCH --job-name=eval-{model_name}
#SBATCH --nodes={NODES}
#SBATCH --partition={PARTITION}
#SBATCH --array=0-{len(selected) - 1}%5
#SBATCH --gres=gpu:{args.gpus}
#SBATCH --output={EVAL_LOGS_PATH}/{model_name}/{args.language}/eval-%A_%a.out
source /path/to/miniconda3/etc/profile.d/conda.sh
conda activate /path/to/miniconda3/envs/exp/

BRRR_FOLDER=/path/to/brrr
export HUGGINGFACE_HUB_CACHE=/path/to/.cache/huggingface
export HF_HOME=/path/to/.cache/huggingface
export HF_DATASETS_OFFLINE=1
module load cuda/12.1

LOCAL_DOWNLOAD_CHECKPOINT_FOLDER=/scratch/USER/checkpoint/{model_name}/$STEP
s5cmd cp --exclude "optimizer/*" {s3_path}/$STEP/* $LOCAL_DOWNLOAD_CHECKPOINT_FOLDER

srun -u python3 -u -m torch.distributed.run $BRRR_FOLDER/run_evals_nanotron.py \\
    --checkpoint-config-path $LOCAL_DOWNLOAD_CHECKPOINT_FOLDER/config.yaml --lighteval-override {EVAL_LOGS_PATH}/{model_name}/{args.language}.yml
"""
        job_id = launch_slurm_job(launch_script)
        logger.success(f"{model_name} evals launched with id={job_id}")
