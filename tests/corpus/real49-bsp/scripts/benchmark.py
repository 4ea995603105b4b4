import argparse
import time

import torch
from torch.utils.data import DataLoader
from tqdm import tqdm
from transformers import AutoModelForCausalLM, AutoTokenizer, GenerationConfig

from bsp.generator import SpeculativeGenerationModel


@torch.inference_mode()
def generate_hf(prompts, model, tokenizer, step):
    tokenizer.padding_side = "left"
    gen_conf = GenerationConfig(max_new_tokens=step, min_new_tokens=step,
                                eos_token_id=tokenizer.eos_token_id, pad_token_id=tokenizer.eos_token_id)
    token_seqs = tokenizer(prompts, return_tensors="pt", padding=True, truncation=True).to("cuda")
    out = model.to("cuda").generate(**token_seqs, generation_config=gen_conf)
    return tokenizer.batch_decode(out, skip_special_tokens=True)


def get_dataset(dataset_name, truncate=None):
    from datasets import load_dataset
    if dataset_name == 'alespalla/chatbot_instruction_prompts':
        dataset = load_dataset(dataset_name)
        dataset = [t['prompt'] for t in dataset['test']]
        return dataset[:truncate] if truncate is not None else dataset
    raise ValueError("Unsupported dataset")


def benchmark(gen_fn, prompts, batch_size, warmup=3):
    for _ in range(warmup):
        gen_fn(prompts[:batch_size])
    loader = DataLoader(prompts, batch_size=batch_size, shuffle=True)
    out = []
    torch.cuda.synchronize()
    start = time.time()
    for prompt in tqdm(loader):
        out.extend(gen_fn(prompt))
    torch.cuda.synchronize()
    return time.time() - start, out


if __name__ == '__main__':
    parser = argparse.ArgumentParser()
    parser.add_argument('--model', type=str)
    parser.add_argument('--assist-model', type=str)
    parser.add_argument('--tokenizer', type=str)
    parser.add_argument('--speculate-steps', type=int, nargs='+')
    parser.add_argument('--len-out', type=int)
    parser.add_argument('--batch-sizes', type=int, nargs='+')
    parser.add_argument('--collect-stats', action='store_true')
    parser.add_argument('--fp16', action='store_true')
    parser.add_argument('--dataset', type=str)
    parser.add_argument('--dataset-truncate', type=int)
    args = parser.parse_args()

    tokenizer = AutoTokenizer.from_pretrained(args.tokenizer)
    tokenizer.pad_token = tokenizer.eos_token
    model = AutoModelForCausalLM.from_pretrained(args.model)
    assist_model = AutoModelForCausalLM.from_pretrained(args.assist_model)
    prompts = get_dataset(args.dataset, args.dataset_truncate)
    if args.fp16:
        model.half()
        assist_model.half()
    model.cuda()
    assist_model.cuda()
    print("batch size, speculate step, sec/token")
    for batch_size in args.batch_sizes:
        for step in args.speculate_steps:
            generator = SpeculativeGenerationModel(model, assist_model, tokenizer, step)
            if step == 0:
                t, ret = benchmark(lambda p: generate_hf(p, model, tokenizer, args.len_out), prompts, batch_size)
            else:
                t, ret = benchmark(lambda p: generator.generate(p, args.len_out, collect_stats=args.collect_stats), prompts, batch_size)
            print(f"{batch_size}, {step}, {t / (len(ret) * args.len_out)}")
