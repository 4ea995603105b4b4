import argparse
import fnmatch
import os

import torch
from transformers import AutoModelForCausalLM

from dataset import get_loaders
from evals.evaluate import Evaluator

os.environ["HF_DATASETS_TRUST_REMOTE_CODE"] = "1"


def eval_zero_shot(model_path, task_list, num_fewshot=0):
    from lm_eval import evaluator, models
    from lm_eval.tasks import TaskManager

    tm = TaskManager()
    names = sorted({t for p in task_list for t in fnmatch.filter(tm.all_tasks, p)})
    return evaluator.simple_evaluate(
        model=models.huggingface.HFLM(pretrained=model_path, trust_remote_code=False),
        tasks=names, num_fewshot=num_fewshot, batch_size=8, limit=100, bootstrap_iters=1000,
    )


def main(model_path, device):
    model = AutoModelForCausalLM.from_pretrained(model_path, attn_implementation="eager",
                                                 torch_dtype=torch.float16, device_map="auto")
    ev = Evaluator(model=model, seq_len=512, device=model.device, n_samples=128)
    _, testenc = get_loaders("wikitext2", model=model_path)
    print(f"PPL: {ev.compute_ppl(testenc):.4f}")

    task_list = ["rte", "winogrande", "arc_easy", "arc_challenge", "openbookqa"]
    print(eval_zero_shot(model_path, task_list))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--model-path", type=str,
                        help="location of the huggingface-format checkpoint to evaluate")
    args = parser.parse_args()
    main(args.model_path, torch.device('cuda' if torch.cuda.is_available() else 'cpu'))
