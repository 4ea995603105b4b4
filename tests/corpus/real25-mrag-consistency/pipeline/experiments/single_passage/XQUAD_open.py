import os
#cache_dir = os.getenv("TMPDIR")
cache_dir = "/projects/prjs1335/cache/"

import argparse
import json

import torch
from datasets import load_dataset
from tqdm import tqdm
from transformers import AutoTokenizer
from vllm import LLM as VLLM
from vllm import SamplingParams

langs = ['en', 'ar', 'de', 'el', 'es', 'hi', 'ro', 'ru', 'th', 'tr', 'vi', 'zh']


def make_prompt(tokenizer, mname, instruction, content):
    if mname in ["CohereForAI/aya-expanse-8b", "Qwen/Qwen2.5-7B-Instruct", "meta-llama/Llama-3.2-3B-Instruct"]:
        messages = [{"role": "system", "content": instruction}, {"role": "user", "content": content}]
    elif mname == "google/gemma-2-9b-it":
        messages = [{"role": "user", "content": instruction + " " + content}]
    else:
        raise ValueError("Not supported model.")
    return tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)


def check_substring(gold_ans_list, response):
    return any(ans.lower() in response.lower() for ans in set(gold_ans_list))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mname", type=str, default="CohereForAI/aya-expanse-8b", help="LLM name on HF")
    parser.add_argument("--lang", type=str, default="en", help="Language")
    args = parser.parse_args()

    save_dir = "results/XQUAD_open/"
    all_data = {}
    for lang in langs:
        all_data[lang] = load_dataset("google/xquad", f"xquad.{lang}", split="validation", cache_dir=cache_dir)
    data = all_data[args.lang]

    with open("configs/prompts/instruction_open.json", encoding='utf-8') as f:
        instructions = json.load(f)

    tokenizer = AutoTokenizer.from_pretrained(args.mname, cache_dir=cache_dir)
    vmodel = VLLM(model=args.mname, tensor_parallel_size=1, gpu_memory_utilization=0.65,
                  dtype=torch.bfloat16, trust_remote_code=True, seed=2024, download_dir=cache_dir)

    prompts, save_data = [], []
    for ins_id, ins in enumerate(tqdm(data)):
        prompts.append(make_prompt(tokenizer, args.mname, instructions[args.lang]['non_ctx'], f"{ins['question']}\n"))
        for lang in langs:
            content = f"{all_data[lang][ins_id]['context']}\n{ins['question']}\n"
            prompts.append(make_prompt(tokenizer, args.mname, instructions[args.lang]['ctx'], content))
        save_data.append({"index": ins_id, "answers": ins['answers']['text']})

    outputs = vmodel.generate(prompts, SamplingParams(temperature=1.0, top_k=1, max_tokens=100))
    per = len(langs) + 1
    for i, out in enumerate(outputs):
        rec = save_data[i // per]
        rec.setdefault("responses", []).append(out.outputs[0].text)
        rec.setdefault("correct", []).append(check_substring(rec["answers"], out.outputs[0].text))

    os.makedirs(save_dir, exist_ok=True)
    with open(f"{save_dir}{args.mname.split('/')[-1]}_{args.lang}.json", 'w', encoding='utf-8') as f:
        json.dump(save_data, f)


if __name__ == "__main__":
    main()
