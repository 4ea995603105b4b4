from clearml import Task
import argparse

project_name = "Automation"
task_name = "lm_eval_vllm"
queue_name = "oneshot-a100x1"

#
# LOCAL
#

parser = argparse.ArgumentParser(description="Eval model w/ lm-evaluation-harness using vllm backend")
parser.add_argument("--model_id", type=str)
parser.add_argument("--clearml_model", action="store_true", default=False)
parser.add_argument("--lm_eval", nargs=argparse.REMAINDER, help="lm_eval arguments")
args = parser.parse_args()

packages = [
    "git+https://github.com/neuralmagic/lm-evaluation-harness.git@llama_3.1_instruct",
    "compressed-tensors",
    "vllm",
    "torch==2.5.1",
]

Task.force_store_standalone_script()
task = Task.init(project_name=project_name, task_name=task_name, task_type="inference")
task.set_base_docker(docker_image="498127099666.dkr.ecr.us-east-1.amazonaws.com/mlops/k8s-research-clean:latest")
task.set_packages(packages)
task.execute_remotely(queue_name)

#
# REMOTE
#

from clearml import InputModel
from glob import glob
import subprocess
import os
import json

if args.clearml_model:
    input_model = InputModel(model_id=args.model_id)
    model_id = input_model.get_local_copy()
else:
    model_id = args.model_id

inputs = ["python3", "-m", "lm_eval", "--model", "vllm",
          "--model_args", f"pretrained={model_id},tensor_parallel_size=1", "--output_path", "."]
subprocess.run(inputs)

model_suffix = os.path.split(model_id)[-1]
results_dir = glob(f"*{model_suffix}")[-1]
json_file = glob(os.path.join(results_dir, "results*.json"))[0]
results = json.load(open(json_file))
for lm_eval_task, metrics in results["results"].items():
    for metric, value in metrics.items():
        if not isinstance(value, str):
            task.get_logger().report_single_value(name=lm_eval_task + "/" + metric, value=value)
