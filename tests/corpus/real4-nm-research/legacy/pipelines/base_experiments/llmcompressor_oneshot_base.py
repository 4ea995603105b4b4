import argparse

from clearml import Task

project_name = "Automation"
task_name = "llmcompressor_oneshot"
queue_name = "oneshot-a100x1"

ap = argparse.ArgumentParser(description="Apply a compression recipe in one shot")
ap.add_argument("--model-id", type=str)
ap.add_argument("--recipe", type=str)
ap.add_argument("--save-dir", type=str, default="output")
ap.add_argument("--dataset", type=str, default="neuralmagic/LLM_compression_calibration")
ap.add_argument("--random-fraction", type=float, default=0.)
ap.add_argument("--shuffle", action="store_true", default=False)
ap.add_argument("--num-samples", type=int, default=512)
ap.add_argument("--max-seq-len", type=int, default=2048)
ap.add_argument("--tags", type=str, nargs="+", default=None)
args = ap.parse_args()

Task.force_store_standalone_script()
task = Task.init(project_name=project_name, task_name=task_name)
task.set_base_docker(docker_image="498127099666.dkr.ecr.us-east-1.amazonaws.com/mlops/k8s-research-clean:latest")
task.set_packages([
    "git+https://github.com/vllm-project/llm-compressor.git@fix/smoothquant_multigpu",
    "git+https://github.com/neuralmagic/compressed-tensors.git@main",
])
task.execute_remotely(queue_name)

# ---- remote ----
from clearml import OutputModel
from datasets import Dataset, load_dataset
from llmcompressor.transformers import oneshot
from transformers import AutoModelForCausalLM, AutoTokenizer

model = AutoModelForCausalLM.from_pretrained(args.model_id, torch_dtype="auto", device_map="auto")
tokenizer = AutoTokenizer.from_pretrained(args.model_id)


def c4_rows(n, seq_len):
    stream = load_dataset("allenai/c4", "en", streaming=True, split="train")
    ids = []
    for row in stream:
        ids.extend(tokenizer(row["text"])["input_ids"])
        if len(ids) > n * seq_len:
            break
    chunks = [ids[seq_len * i:seq_len * (i + 1)] for i in range(n)]
    return Dataset.from_dict({"input_ids": chunks, "attention_mask": n * [seq_len * [1]]})


def chat_text(example):
    return {"text": tokenizer.apply_chat_template(example["messages"], tokenize=False)}


FORMATTERS = {
    "HuggingFaceH4/ultrachat_200k": chat_text,
    "gsm8k": lambda ex: {"text": "Question: {question}\nAnswer:\n{answer}".format_map(ex)},
    "theblackcat102/evol-codealpaca-v1": lambda ex: {"text": "[Instructions]:\n{instruction}\n\n[Response]:{output}".format_map(ex)},
    "HuggingFaceTB/cosmopedia-100k": lambda ex: {"text": ex["prompt"]},
    "garage-bAInd/Open-Platypus": lambda ex: {"text": ex["instruction"] + "\n" + ex["output"]},
    "neuralmagic/LLM_compression_calibration": chat_text,
}


def downstream_rows(name, n, seq_len, shuffle):
    if name == "HuggingFaceH4/ultrachat_200k":
        ds = load_dataset(name, split="train_sft[:5%]")
    elif name == "gsm8k":
        ds = load_dataset("gsm8k", "main", split="train")
    elif "json" in name:
        ds = load_dataset("json", data_files=name)["train"]
    else:
        ds = load_dataset(name, split="train")
    if shuffle:
        ds = ds.shuffle()
    ds = ds.select(range(n))
    if name in FORMATTERS:
        ds = ds.map(FORMATTERS[name], remove_columns=ds.column_names)
    return ds.map(lambda ex: tokenizer(ex["text"], max_length=seq_len, truncation=True),
                  remove_columns=ds.column_names)


def calibration_rows(name, n, seq_len, shuffle):
    if name == "c4":
        return c4_rows(n, seq_len)
    return downstream_rows(name, n, seq_len, shuffle)


data = calibration_rows(args.dataset, args.num_samples, args.max_seq_len, args.shuffle)
recipe = open(args.recipe).read() if "yaml" in args.recipe else args.recipe

oneshot(model=model, dataset=data, recipe=recipe, max_seq_length=args.max_seq_len,
        num_calibration_samples=args.num_samples, tokenizer=tokenizer)

model.save_pretrained(args.save_dir, save_compressed=True)
tokenizer.save_pretrained(args.save_dir)
OutputModel(task=task, name=task.name, framework="PyTorch", tags=args.tags).update_weights(
    weights_filename=args.save_dir, auto_delete_file=False)
