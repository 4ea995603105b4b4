# Copyright 2024 Bytedance Ltd. and/or its affiliates
"""
Preprocess the MATH-lighteval dataset to parquet format
"""

import argparse
import os

import datasets

from verl.utils.hdfs_io import copy, makedirs
from verl.utils.reward_score.math import last_boxed_only_string, remove_boxed


def extract_solution(solution_str):
    return remove_boxed(last_boxed_only_string(solution_str))


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--local_dir", default="~/data/math")
    parser.add_argument("--hdfs_dir", default=None)
    parser.add_argument("--model", default="other", choices=["Qwen2.5-1.5B", "Qwen2.5-3B", "Qwen2.5-7B", "other"])
    parser.add_argument("--seed", type=int, default=42)
    args = parser.parse_args()

    # 'lighteval/MATH' is no longer available on huggingface.
    # Use mirror repo: DigitalLearningGmbH/MATH-lighteval
    data_source = "/inspire/hdd/project/robot-dna/sujiadi-p-sujiadi/baibizhe-tmp/r1-reasoning/rft_pruning/data/MATH-lighteval"
    print(f"Loading the {data_source} dataset from huggingface...", flush=True)
    dataset = datasets.load_dataset(data_source, trust_remote_code=True)

    train_dataset = dataset["train"]
    test_dataset = dataset["test"]

    instruction_following_0 = "Let's think step by step and output the final answer within \\boxed{}."
    instruction_following_1 = "You FIRST think about the reasoning process step by step. Please enclose your final answer in the box: \\boxed{Your Answer}."

    if args.model == "Qwen2.5-1.5B":
        instruction_following = instruction_following_1
    else:
        instruction_following = instruction_following_0

    def make_map_fn(split):
        def process_fn(example, idx):
            question = example.pop("problem")
            solution = extract_solution(example.pop("solution"))
            return {
                "data_source": data_source,
                "prompt": [
                    {"role": "system", "content": instruction_following},
                    {"role": "user", "content": question},
                ],
                "ability": "math",
                "reward_model": {"style": "rule", "ground_truth": solution},
                "extra_info": {"split": split, "index": idx},
            }

        return process_fn

    train_dataset = train_dataset.map(function=make_map_fn("train"), with_indices=True)
    test_dataset = test_dataset.map(function=make_map_fn("test"), with_indices=True)

    local_dir = args.local_dir
    train_dataset.shuffle(seed=args.seed).to_parquet(os.path.join(local_dir, "train.parquet"))
    test_dataset.shuffle(seed=args.seed).to_parquet(os.path.join(local_dir, "test.parquet"))

    if args.hdfs_dir is not None:
        makedirs(args.hdfs_dir)
        copy(src=local_dir, dst=args.hdfs_dir)
