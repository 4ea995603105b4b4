from datasets import load_dataset, concatenate_datasets
from transformers import AutoTokenizer
import yaml


def format_conversation(example, tokenizer):
    """Format multi-turn conversations with special tokens"""
    conversation = []
    if "messages" in example:
        for msg in example["messages"]:
            tag = "<|user|>" if msg["role"] == "user" else "<|assistant|>"
            conversation.append(f"{tag}\n{msg['content']}\n")
    elif "instruction" in example:
        conversation.append(f"<|user|>\n{example['instruction']}\n")
        conversation.append(f"<|assistant|>\n{example['output']}<|endoftext|>")
    return {"text": "".join(conversation)}


def prepare_sft_dataset():
    tokenizer = AutoTokenizer.from_pretrained("configs/tokenizer")

    with open("configs/data_sources.yaml") as f:
        config = yaml.safe_load(f)

    datasets = []
    for ds_config in config["datasets"]["instruction_tuning"]:
        print(f"Loading {ds_config['name']}...")
        ds = load_dataset(ds_config["source"], split="train")
        ds = ds.map(lambda x: format_conversation(x, tokenizer), remove_columns=ds.column_names)
        sample_size = int(len(ds) * ds_config["weight"])
        datasets.append(ds.shuffle(seed=42).select(range(sample_size)))

    combined_ds = concatenate_datasets(datasets).shuffle(seed=42)
    split = combined_ds.train_test_split(test_size=0.05, seed=42)
    split["train"].save_to_disk("data/sft/train")
    split["test"].save_to_disk("data/sft/val")


if __name__ == "__main__":
    prepare_sft_dataset()
