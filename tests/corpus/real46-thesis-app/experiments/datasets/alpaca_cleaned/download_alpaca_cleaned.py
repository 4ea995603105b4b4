#!/usr/bin/env python3
"""
Downloads the alpaca cleaned dataset and reports some stats about it.
https://huggingface.co/datasets/yahma/alpaca-cleaned?row=16
https://github.com/gururise/AlpacaDataCleaned
"""

import argparse
import os
import json
import sys
from datasets import load_dataset, Dataset
import numpy as np
import deepl

SCRIPT_DIR = os.path.dirname(os.path.abspath(__file__))
EXPERIMENTS_DIR = os.path.realpath(os.path.join(SCRIPT_DIR, "../.."))
sys.path.append(EXPERIMENTS_DIR)
import config  # noqa
from config import TaskTimer  # noqa


DATASET_ID = "yahma/alpaca-cleaned"
COL_NAMES = ["output", "input", "instruction"]  # columns to translate

TRANSLATED_PATH = os.path.join(SCRIPT_DIR, "translated_dataset.json")

logger = config.get_logger(__name__, level="INFO")


def main():
    parser = argparse.ArgumentParser(description="Download the alpaca cleaned dataset.")
    parser.add_argument("--translate", "-t", action="store_true", help="Translate the dataset to Dutch")
    parser.add_argument("--max-samples", "-m", type=int, default=100)
    args = parser.parse_args()

    if args.translate:
        sdataset, orig_indices = get_shuffled_dataset()
        sdataset = sdataset.add_column("orig_index", orig_indices)
        translate_dataset(sdataset, TRANSLATED_PATH, max_samples=args.max_samples)
        return

    dataset = get_dataset()
    print("\ndataset splits: ", dataset.keys())
    with open("example.json", "w") as f:
        json.dump(dataset["train"][0], f, indent=2)


def get_dataset():
    """Returns the full original dataset."""
    with TaskTimer("load dataset"):
        return load_dataset(DATASET_ID)


def get_shuffled_dataset():
    dataset = get_dataset()
    np.random.seed(42)
    indices = np.random.permutation(len(dataset["train"]))
    return dataset["train"].select(indices), indices


def translate_dataset(dataset, disk_path: str, max_samples: int):
    assert disk_path.endswith(".json")
    tdataset_dict: dict = {c: [] for c in COL_NAMES + ["orig_index"]}
    if os.path.exists(disk_path):
        tdataset = load_dataset("json", data_files=disk_path, split="train")
        tdataset_dict = {c: tdataset[c] for c in tdataset.column_names}
    translator = deepl.Translator(config.get_settings().deepl_api_key)
    for i in range(len(tdataset_dict[COL_NAMES[0]]), len(dataset)):
        if len(tdataset_dict[COL_NAMES[0]]) >= max_samples:
            break
        sample = dataset[i]
        res = translator.translate_text([sample[c] for c in COL_NAMES], target_lang="NL")
        for c, r in zip(COL_NAMES, res):
            tdataset_dict[c].append(r.text)
        tdataset_dict["orig_index"].append(sample["orig_index"])
    Dataset.from_dict(tdataset_dict).to_json(disk_path, indent=2)


if __name__ == "__main__":
    main()
