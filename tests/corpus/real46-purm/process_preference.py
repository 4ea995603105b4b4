"""
数据集处理脚本：将不同来源的数据集统一处理成 prompt, chosen, reject 格式
"""

import datasets
from tqdm import tqdm
from typing import Dict, List
from transformers import AutoTokenizer
import random


def load_and_process_helpsteer2() -> List[Dict]:
    """处理 HelpSteer2 数据集"""
    dataset = datasets.load_dataset("nvidia/HelpSteer2")
    processed_data = []
    for split in ["train", "validation"]:
        split_data = dataset[split]
        for i in tqdm(range(len(split_data) // 2)):
            a, b = split_data[2 * i], split_data[2 * i + 1]
            score_a = a["helpfulness"] + a["correctness"] + a["coherence"]
            score_b = b["helpfulness"] + b["correctness"] + b["coherence"]
            processed_data.append({
                "prompt": a["prompt"],
                "chosen": a["response"] if score_a > score_b else b["response"],
                "reject": b["response"] if score_a > score_b else a["response"],
            })
    return processed_data


def load_and_process_chatarena() -> List[Dict]:
    """处理 ChatArena 数据集"""
    dataset = datasets.load_dataset("lmsys/chatbot_arena_conversations")
    processed_data = []
    for sample in tqdm(dataset["train"]):
        if sample["winner"] != "tie" and sample["turn"] == 1:
            a, b = sample["conversation_a"], sample["conversation_b"]
            win_a = sample["winner"] == "model_a"
            processed_data.append({
                "prompt": a[0]["content"],
                "chosen": a[1]["content"] if win_a else b[1]["content"],
                "reject": b[1]["content"] if win_a else a[1]["content"],
            })
    return processed_data


def load_and_process_alpacafarm() -> List[Dict]:
    """处理 AlpacaFarm-HumanPref 数据集"""
    dataset = datasets.load_dataset("allenai/tulu-2.5-preference-data")
    processed_data = []
    for split in dataset.keys():
        for sample in tqdm(dataset[split]):
            processed_data.append({
                "prompt": sample["chosen"][0]["content"],
                "chosen": sample["chosen"][1]["content"],
                "reject": sample["rejected"][1]["content"],
            })
    return processed_data


def load_and_process_pku_saferlhf() -> List[Dict]:
    """处理 PKU-SafeRLHF 数据集"""
    dataset = datasets.load_dataset("PKU-Alignment/PKU-SafeRLHF")
    processed_data = []
    for split in dataset.keys():
        for sample in tqdm(dataset[split]):
            better0 = sample["better_response_id"] == 0
            processed_data.append({
                "prompt": sample["prompt"],
                "chosen": sample["response_0"] if better0 else sample["response_1"],
                "reject": sample["response_1"] if better0 else sample["response_0"],
            })
    return processed_data


def split_dataset(dataset, name, ratio=[0.8, 0.1, 0.1]):
    n = len(dataset)
    dataset.select(range(int(n * ratio[0]))).save_to_disk(f"{name}-train")
    dataset.select(range(int(n * ratio[0]), int(n * (ratio[0] + ratio[1])))).save_to_disk(f"{name}-valid")
    dataset.select(range(int(n * (ratio[0] + ratio[1])), n)).save_to_disk(f"{name}-test")


def preprocess_function(examples, tokenizer):
    chosen_text = f"Question: {examples['prompt']}\nAnswer: {examples['chosen']}"
    rejected_text = f"Question: {examples['prompt']}\nAnswer: {examples['reject']}"
    chosen_ids = tokenizer(chosen_text, truncation=True, max_length=2048)
    rejected_ids = tokenizer(rejected_text, truncation=True, max_length=2048)
    return {
        "input_ids_chosen": [chosen_ids["input_ids"]],
        "attention_mask_chosen": [chosen_ids["attention_mask"]],
        "input_ids_rejected": [rejected_ids["input_ids"]],
        "attention_mask_rejected": [rejected_ids["attention_mask"]],
    }


if __name__ == "__main__":
    all_data = []
    for fn in (load_and_process_helpsteer2, load_and_process_chatarena,
               load_and_process_alpacafarm, load_and_process_pku_saferlhf):
        all_data.extend(fn())
    dataset = datasets.Dataset.from_list(all_data).shuffle(seed=73)

    tokenizer = AutoTokenizer.from_pretrained("<your_reward_model_path>")
    tokenized_dataset = dataset.map(
        lambda x: preprocess_function(x, tokenizer),
        remove_columns=dataset.column_names,
        batched=True, batch_size=1, num_proc=100,
    )

    split_dataset(tokenized_dataset,
        f"./dataset/preference_ppo",
        ratio=[0.49, 0.49, 0.02]
    )

    #     split_dataset(swapped_dataset,
    #         f"/cpfs/user/sunwangtao/dataset/uncertain/reverse/preference-reverse-{reverse_ratio}",
    #         ratio=[0.99, 0.005, 0.005]
    #     )
