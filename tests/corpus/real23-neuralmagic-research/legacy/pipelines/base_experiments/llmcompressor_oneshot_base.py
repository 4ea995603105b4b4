from clearml import Task
import argparse

project_name = "Automation"
task_name = "llmcompressor_oneshot"
queue_name = "oneshot-a100x1"

parser = argparse.ArgumentParser(description="Apply recipe in one-shot")
parser.add_argument("--model-id", type=str)
parser.add_argument("--recipe", type=str)
parser.add_argument("--save-dir", type=str, default="output")
parser.add_argument("--dataset", type=str, default="neuralmagic/LLM_compression_calibration")
parser.add_argument("--num-samples", type=int, default=512)
parser.add_argument("--max-seq-len", type=int, default=2048)
parser.add_argument("--shuffle", action="store_true", default=False)
args = parser.parse_args()

packages = [
    "git+https://github.com/vllm-project/llm-compressor.git@fix/smoothquant_multigpu",
    "git+https://github.com/neuralmagic/compressed-tensors.git@main",
    "sentencepiece",
]

Task.force_store_standalone_script()
task = Task.init(project_name=project_name, task_name=task_name)
task.set_base_docker(docker_image="498127099666.dkr.ecr.us-east-1.amazonaws.com/mlops/k8s-research-clean:latest")
task.set_packages(packages)
task.execute_remotely(queue_name)

from llmcompressor.transformers import oneshot
from transformers import AutoTokenizer, AutoModelForCausalLM
from datasets import load_dataset, Dataset

model = AutoModelForCausalLM.from_pretrained(args.model_id, torch_dtype="auto", device_map="auto")
tokenizer = AutoTokenizer.from_pretrained(args.model_id)


def get_c4_samples(num_samples, max_seq_len, tokenizer):
    dataset = load_dataset("allenai/c4", "en", streaming=True, split="train")
    tokenized = []
    for sample in dataset:
        tokenized.extend(tokenizer(sample["text"])["input_ids"])
        if len(tokenized) > num_samples * max_seq_len:
            break
    input_ids = [tokenized[max_seq_len * i:max_seq_len * (i + 1)] for i in range(num_samples)]
    return Dataset.from_dict({"input_ids": input_ids, "attention_mask": num_samples * [max_seq_len * [1]]})


def get_downstream_samples(dataset_name, num_samples, max_seq_len, tokenizer, shuffle):
    def preprocess_chat(example):
        return {"text": tokenizer.apply_chat_template(example["messages"], tokenize=False)}

    preprocess_fn = {
        "HuggingFaceH4/ultrachat_200k": preprocess_chat,
        "gsm8k": lambda example: {"text": "Question: {question}\nAnswer:\n{answer}".format_map(example)},
        "theblackcat102/evol-codealpaca-v1": lambda example: {"text": "[Instructions]:\n{instruction}\n\n[Response]:{output}".format_map(example)},
        "HuggingFaceTB/cosmopedia-100k": lambda example: {"text": example["prompt"]},
        "garage-bAInd/Open-Platypus": lambda example: {"text": example["instruction"] + example["output"]},
        "neuralmagic/LLM_compression_calibration": preprocess_chat,
    }

    if dataset_name == "HuggingFaceH4/ultrachat_200k":
        ds = load_dataset(dataset_name, split="train_sft[:5%]")
    elif dataset_name == "gsm8k":
        ds = load_dataset("gsm8k", "main", split="train")
    elif "json" in dataset_name:
        ds = load_dataset("json", data_files=dataset_name)["train"]
    else:
        ds = load_dataset(dataset_name, split="train")

    if shuffle:
        ds = ds.shuffle()
    ds = ds.select(range(num_samples))
    if dataset_name in preprocess_fn:
        ds = ds.map(preprocess_fn[dataset_name], remove_columns=ds.column_names)
    return ds.map(lambda e: tokenizer(e["text"], max_length=max_seq_len, truncation=True), remove_columns=ds.column_names)


if args.dataset == "c4":
    dataset = get_c4_samples(args.num_samples, args.max_seq_len, tokenizer)
else:
    dataset = get_downstream_samples(args.dataset, args.num_samples, args.max_seq_len, tokenizer, args.shuffle)

oneshot(model=model, dataset=dataset, recipe=args.recipe, max_seq_length=args.max_seq_len,
        num_calibration_samples=args.num_samples, tokenizer=tokenizer)

model.save_pretrained(args.save_dir, save_compressed=True)
tokenizer.save_pretrained(args.save_dir)
