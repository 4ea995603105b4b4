"""
Turn the merged golden Excel tasks into train/val parquet files.
"""

import os
import json
import glob
import argparse

import datasets

from verl.utils.hdfs_io import copy, makedirs

if __name__ == '__main__':
    parser = argparse.ArgumentParser()
    parser.add_argument('--input_dir', default='data/golden_tasks_merged')
    args = parser.parse_args()

    json_files = glob.glob(os.path.join(args.input_dir, '*.json'))

    rows = []
    for json_file in json_files:
        with open(json_file, 'r') as f:
            data = json.load(f)
            rows.append({
                "prompt": [{
                    "role": "user",
                    "content": data['user_messages'][0] + "\nReason step by step and call skills inside <SKILL>...</SKILL> tags.",
                }],
                "initialization": data['initialization'],
                "evaluation": data['evaluation'],
                "task_id": data['task_id'],
                "source": data['source'],
            })

    dataset = datasets.Dataset.from_list(rows)
    split = dataset.train_test_split(test_size=0.2, seed=42)

    split['train'].to_parquet(os.path.join(args.input_dir, 'train.parquet'))
    split['test'].to_parquet(os.path.join(args.input_dir, 'val.parquet'))
