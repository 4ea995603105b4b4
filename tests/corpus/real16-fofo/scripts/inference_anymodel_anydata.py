"""Generate responses for the FoFo prompts with any causal LM (local path or Hub id)."""
import argparse
import json

import torch
import transformers
from datasets import load_dataset
from tqdm import tqdm
from transformers import AutoModelForCausalLM

TEMPLATES = {
    "alpaca": ("Below is an instruction that describes a task. Write a response that appropriately "
               "completes the request.\n\n### Instruction:\n{instruction}\n\n### Response:\n"),
    "vicuna": "A chat between a curious user and an AI assistant. USER: {instruction} ASSISTANT:",
    "mistral": "[INST] {instruction} [/INST]",
    "zephyr": "<|system|>\n You are a helpful agent. </s>\n <|user|> \n {instruction}</s>\n <|assistant|>",
    "openchat": "GPT4 Correct User: {instruction}<|end_of_turn|>GPT4 Correct Assistant:",
}
TEMPLATES["wizardlm"] = TEMPLATES["vicuna"]


def generate(opts):
    tok = transformers.AutoTokenizer.from_pretrained(opts.model_name_or_path, model_max_length=opts.max_seq_length)
    tok.add_special_tokens({"pad_token": "[PAD]"})
    model = AutoModelForCausalLM.from_pretrained(opts.model_name_or_path, torch_dtype=torch.bfloat16).cuda().eval()

    rows = load_dataset("json", data_files=opts.input_file_path)["train"]
    template = TEMPLATES.get(opts.prompt_style, "{instruction}")
    results = []
    with open(opts.output_file_path, "w") as sink, torch.no_grad():
        for row in tqdm(rows):
            prompt = template.format(instruction=row["instruction"])
            enc = tok([prompt], return_tensors="pt").to(model.device)
            out = model.generate(**enc, max_new_tokens=opts.max_seq_length, do_sample=True, temperature=0.7, top_p=1)
            text = tok.batch_decode(out, skip_special_tokens=True)[0]
            answer = text.split("<|assistant|>")[-1] if opts.prompt_style == "zephyr" else text.split(prompt)[-1]
            rec = {"instruction": row["instruction"], "output": answer, "generator": opts.model_name_or_path}
            results.append(rec)
            sink.write(json.dumps(rec) + "\n")
    with open(opts.output_file_path, "w") as fh:
        json.dump(results, fh, indent=2)


def cli():
    p = argparse.ArgumentParser(description="Run inference on the FoFo prompts.")
    p.add_argument("--input_file_path", type=str, default="./data/fofo_test_prompts.json")
    p.add_argument("--output_file_path", type=str, default="./result/output_alapaca.json")
    p.add_argument("--model_name_or_path", type=str, default=None, help="path or Hub id of the model")
    p.add_argument("--prompt_style", type=str, default="alpaca")
    p.add_argument("--max_seq_length", type=int, default=5120)
    return p.parse_args()


if __name__ == "__main__":
    generate(cli())
