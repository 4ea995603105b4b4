import argparse
import os
from functools import partial

from datasets import load_dataset
from litdata import optimize
from transformers import AutoTokenizer

MODELS = {
    "phi-3": "microsoft/Phi-3-mini-4k-instruct",
    "llama-2": "meta-llama/Llama-2-7b-chat-hf",
    "stablelm": "stabilityai/stablelm-zephyr-3b",
    "calm3": "cyberagent/calm3-22b-chat",
    "qwen2.5": "Qwen/Qwen2.5-7B-Instruct",
}
MAX_LENGTH = 2048
MAX_OUTPUT_LENGTH = 512


def tokenize(example, tokenizer):
    column = "messages" if "messages" in example else "chosen"
    text = tokenizer.apply_chat_template(example[column], tokenize=False, add_generation_prompt=False)
    parts = text.split(generation_prompt)
    input_text = generation_prompt.join(parts[:-1]) + generation_prompt
    input_ids = tokenizer(text, return_tensors="pt").input_ids
    return {
        "model_inputs": {"input_ids": input_ids, "labels": input_ids.clone()},
        "model_inputs_gen": {"input_ids": tokenizer(input_text, return_tensors="pt").input_ids},
        "response": parts[-1],
    }


def fn(index, data):
    yield data[index]


def prepare(args, tokenizer, split):
    dataset = load_dataset(
        # "ryota39/wildchat-10k",
        "ryota39/taid-dataset",
        split=split,
        token=os.environ.get("HUGGINGFACE_API_KEY"),
    )
    dataset = dataset.map(tokenize, fn_kwargs={"tokenizer": tokenizer}, num_proc=args.num_proc,
                          remove_columns=list(dataset.features))
    dataset = dataset.with_format("torch")
    os.makedirs(args.output_dir, exist_ok=True)
    optimize(
        fn=partial(fn, data=dataset),
        inputs=list(range(len(dataset))),
        output_dir=os.path.join(args.output_dir, args.model_type, split),
        num_workers=16 if split == "train" else 2,
        chunk_bytes="500MB",
    )


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--model_type", type=str, choices=list(MODELS.keys()), default="phi-3", help="Teacher type")
    parser.add_argument("--output_dir", type=str, default="data")
    parser.add_argument("--num_proc", type=int, default=64)
    args = parser.parse_args()
    tokenizer = AutoTokenizer.from_pretrained(MODELS[args.model_type])
    if args.model_type == "phi-3":
        # https://huggingface.co/microsoft/Phi-3-mini-128k-instruct/blob/main/sample_finetune.py#L141
        tokenizer.pad_token = tokenizer.unk_token
        tokenizer.padding_side = "right"
    if args.model_type in ["phi-3", "stablelm"]:
        generation_prompt = "<|assistant|>\n"
    elif args.model_type == "llama-2":
        generation_prompt = " [/INST] "
    else:
        generation_prompt = "<|im_start|>assistant\n"
    prepare(args, tokenizer, "train")
    prepare(args, tokenizer, "test")
