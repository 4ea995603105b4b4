#!/usr/bin/env python3
"""One entry point for MMLU (text LMs) and MMMU (VLMs) runs with preset models."""

import argparse
import subprocess
import sys

# preset name -> settings
POPULAR_MODELS = {
    # --- text-only models (MMLU) ---
    # Llama 2
    'llama2-7b': {'model': 'meta-llama/Llama-2-7b-hf', 'quantization': None,
        'description': 'Llama 2 7B base', 'type': 'text', 'benchmark': 'MMLU'},
    'llama2-13b': {'model': 'meta-llama/Llama-2-13b-hf', 'quantization': None,
        'description': 'Llama 2 13B base', 'type': 'text', 'benchmark': 'MMLU'},
    'llama2-7b-chat': {'model': 'meta-llama/Llama-2-7b-chat-hf', 'quantization': None,
        'description': 'Llama 2 7B chat', 'type': 'text', 'benchmark': 'MMLU'},
    'llama2-13b-chat': {'model': 'meta-llama/Llama-2-13b-chat-hf', 'quantization': None,
        'description': 'Llama 2 13B chat', 'type': 'text', 'benchmark': 'MMLU'},
    'codellama-7b': {'model': 'codellama/CodeLlama-7b-hf', 'quantization': None,
        'description': 'Code Llama 7B', 'type': 'text', 'benchmark': 'MMLU'},
    # Llama 3
    'llama3-8b': {'model': 'meta-llama/Meta-Llama-3-8B', 'quantization': None,
        'description': 'Llama 3 8B base', 'type': 'text', 'benchmark': 'MMLU'},
    'llama3-8b-instruct': {'model': 'meta-llama/Meta-Llama-3.1-8B-Instruct', 'quantization': None,
        'description': 'Llama 3.1 8B instruct', 'type': 'text', 'benchmark': 'MMLU'},
    'llama3-70b': {'model': 'meta-llama/Meta-Llama-3-70B', 'quantization': None,
        'description': 'Llama 3 70B base', 'type': 'text', 'benchmark': 'MMLU'},
    'llama3-70b-instruct': {'model': 'meta-llama/Meta-Llama-3.1-70B-Instruct', 'quantization': None,
        'description': 'Llama 3.1 70B instruct', 'type': 'text', 'benchmark': 'MMLU'},
    # Mistral
    'mistral-7b': {'model': 'mistralai/Mistral-7B-v0.1', 'quantization': None,
        'description': 'Mistral 7B base', 'type': 'text', 'benchmark': 'MMLU'},
    'mistral-7b-instruct': {'model': 'mistralai/Mistral-7B-Instruct-v0.2', 'quantization': None,
        'description': 'Mistral 7B instruct', 'type': 'text', 'benchmark': 'MMLU'},
    'mixtral-8x7b': {'model': 'mistralai/Mixtral-8x7B-v0.1', 'quantization': None,
        'description': 'Mixtral 8x7B MoE', 'type': 'text', 'benchmark': 'MMLU'},
    'mixtral-8x7b-instruct': {'model': 'mistralai/Mixtral-8x7B-Instruct-v0.1', 'quantization': None,
        'description': 'Mixtral 8x7B instruct', 'type': 'text', 'benchmark': 'MMLU'},
    # Qwen / Qwen2
    'qwen-7b': {'model': 'Qwen/Qwen-7B', 'quantization': None,
        'description': 'Qwen 7B base', 'type': 'text', 'benchmark': 'MMLU'},
    'qwen-14b': {'model': 'Qwen/Qwen-14B', 'quantization': None,
        'description': 'Qwen 14B base', 'type': 'text', 'benchmark': 'MMLU'},
    'qwen-7b-chat': {'model': 'Qwen/Qwen-7B-Chat', 'quantization': None,
        'description': 'Qwen 7B chat', 'type': 'text', 'benchmark': 'MMLU'},
    'qwen2-7b': {'model': 'Qwen/Qwen2-7B', 'quantization': None,
        'description': 'Qwen2 7B base', 'type': 'text', 'benchmark': 'MMLU'},
    'qwen2-7b-instruct': {'model': 'Qwen/Qwen2-7B-Instruct', 'quantization': None,
        'description': 'Qwen2 7B instruct', 'type': 'text', 'benchmark': 'MMLU'},
    'qwen2-72b': {'model': 'Qwen/Qwen2-72B', 'quantization': None,
        'description': 'Qwen2 72B base', 'type': 'text', 'benchmark': 'MMLU'},
    'qwen2-72b-instruct': {'model': 'Qwen/Qwen2-72B-Instruct', 'quantization': None,
        'description': 'Qwen2 72B instruct', 'type': 'text', 'benchmark': 'MMLU'},
    'qwen2.5-32b-instruct': {'model': 'Qwen/Qwen2.5-32B-Instruct', 'quantization': None,
        'description': 'Qwen2.5 32B instruct', 'type': 'text', 'benchmark': 'MMLU'},
    'qwen2.5-72b-instruct': {'model': 'Qwen/Qwen2.5-72B-Instruct', 'quantization': None,
        'description': 'Qwen2.5 72B instruct', 'type': 'text', 'benchmark': 'MMLU'},
    # Llama 4 (natively multimodal MoE)
    'llama4-scout-instruct': {'model': 'meta-llama/Llama-4-Scout-17B-16E-Instruct', 'quantization': None,
        'description': 'Llama 4 Scout 17B x16 experts', 'type': 'multimodal', 'benchmark': 'MMMU'},
    'llama4-scout': {'model': 'meta-llama/Llama-4-Scout-17B-16E', 'quantization': None,
        'description': 'Llama 4 Scout base', 'type': 'multimodal', 'benchmark': 'MMMU'},
    'llama4-maverick-instruct': {'model': 'meta-llama/Llama-4-Maverick-17B-128E-Instruct', 'quantization': None,
        'description': 'Llama 4 Maverick 17B x128 experts', 'type': 'multimodal', 'benchmark': 'MMMU'},
    'llama4-maverick': {'model': 'meta-llama/Llama-4-Maverick-17B-128E', 'quantization': None,
        'description': 'Llama 4 Maverick base', 'type': 'multimodal', 'benchmark': 'MMMU'},
    # DeepSeek
    'deepseek-llm-7b': {'model': 'deepseek-ai/deepseek-llm-7b-base', 'quantization': None,
        'description': 'DeepSeek LLM 7B base', 'type': 'text', 'benchmark': 'MMLU'},
    'deepseek-llm-7b-chat': {'model': 'deepseek-ai/deepseek-llm-7b-chat', 'quantization': None,
        'description': 'DeepSeek LLM 7B chat', 'type': 'text', 'benchmark': 'MMLU'},
    'deepseek-coder-6.7b-instruct': {'model': 'deepseek-ai/deepseek-coder-6.7b-instruct', 'quantization': None,
        'description': 'DeepSeek Coder 6.7B', 'type': 'text', 'benchmark': 'MMLU'},
    'deepseek-v2': {'model': 'deepseek-ai/DeepSeek-V2', 'quantization': None,
        'description': 'DeepSeek V2 MoE', 'type': 'text', 'benchmark': 'MMLU'},
    'deepseek-v3': {'model': 'deepseek-ai/DeepSeek-V3', 'quantization': None,
        'description': 'DeepSeek V3 MoE', 'type': 'text', 'benchmark': 'MMLU'},
    'deepseek-v3-0324': {'model': 'deepseek-ai/DeepSeek-V3-0324', 'quantization': None,
        'description': 'DeepSeek V3-0324', 'type': 'text', 'benchmark': 'MMLU'},
    'deepseek-r1': {'model': 'deepseek-ai/DeepSeek-R1', 'quantization': None,
        'description': 'DeepSeek R1', 'type': 'text', 'benchmark': 'MMLU'},
    'deepseek-r1-distill-32b': {'model': 'deepseek-ai/DeepSeek-R1-Distill-Qwen-32B', 'quantization': None,
        'description': 'R1 distilled 32B', 'type': 'text', 'benchmark': 'MMLU'},
    'deepseek-r1-distill-70b': {'model': 'deepseek-ai/DeepSeek-R1-Distill-Llama-70B', 'quantization': None,
        'description': 'R1 distilled 70B', 'type': 'text', 'benchmark': 'MMLU'},
    # other text models
    'vicuna-7b': {'model': 'lmsys/vicuna-7b-v1.5', 'quantization': None,
        'description': 'Vicuna 7B v1.5', 'type': 'text', 'benchmark': 'MMLU'},
    'vicuna-13b': {'model': 'lmsys/vicuna-13b-v1.5', 'quantization': None,
        'description': 'Vicuna 13B v1.5', 'type': 'text', 'benchmark': 'MMLU'},
    'falcon-7b': {'model': 'tiiuae/falcon-7b', 'quantization': None,
        'description': 'Falcon 7B', 'type': 'text', 'benchmark': 'MMLU'},
    'falcon-7b-instruct': {'model': 'tiiuae/falcon-7b-instruct', 'quantization': None,
        'description': 'Falcon 7B instruct', 'type': 'text', 'benchmark': 'MMLU'},
    'mpt-7b': {'model': 'mosaicml/mpt-7b', 'quantization': None,
        'description': 'MPT 7B', 'type': 'text', 'benchmark': 'MMLU'},
    'mpt-7b-chat': {'model': 'mosaicml/mpt-7b-chat', 'quantization': None,
        'description': 'MPT 7B chat', 'type': 'text', 'benchmark': 'MMLU'},
    'phi-2': {'model': 'microsoft/phi-2', 'quantization': None,
        'description': 'Phi-2 (2.7B)', 'type': 'text', 'benchmark': 'MMLU'},
    'stablelm-7b': {'model': 'stabilityai/stablelm-base-alpha-7b', 'quantization': None,
        'description': 'StableLM 7B', 'type': 'text', 'benchmark': 'MMLU'},
    # --- vision-language models (MMMU) ---
    'llava-1.5-7b': {'model': 'llava-hf/llava-1.5-7b-hf', 'quantization': None,
        'description': 'LLaVA 1.5 7B', 'type': 'vision', 'benchmark': 'MMMU'},
    'llava-1.5-13b': {'model': 'llava-hf/llava-1.5-13b-hf', 'quantization': None,
        'description': 'LLaVA 1.5 13B', 'type': 'vision', 'benchmark': 'MMMU'},
    'llava-1.6-vicuna-7b': {'model': 'llava-hf/llava-v1.6-vicuna-7b-hf', 'quantization': None,
        'description': 'LLaVA 1.6 Vicuna 7B', 'type': 'vision', 'benchmark': 'MMMU'},
    'llava-1.6-vicuna-13b': {'model': 'llava-hf/llava-v1.6-vicuna-13b-hf', 'quantization': None,
        'description': 'LLaVA 1.6 Vicuna 13B', 'type': 'vision', 'benchmark': 'MMMU'},
    'qwen-vl-chat': {'model': 'Qwen/Qwen-VL-Chat', 'quantization': None,
        'description': 'Qwen VL Chat', 'type': 'vision', 'benchmark': 'MMMU'},
    'qwen-vl-plus': {'model': 'Qwen/Qwen-VL-Plus', 'quantization': None,
        'description': 'Qwen VL Plus', 'type': 'vision', 'benchmark': 'MMMU'},
    'instructblip-vicuna-7b': {'model': 'Salesforce/instructblip-vicuna-7b', 'quantization': None,
        'description': 'InstructBLIP Vicuna 7B', 'type': 'vision', 'benchmark': 'MMMU'},
    'instructblip-vicuna-13b': {'model': 'Salesforce/instructblip-vicuna-13b', 'quantization': None,
        'description': 'InstructBLIP Vicuna 13B', 'type': 'vision', 'benchmark': 'MMMU'},
    'instructblip-flan-t5-xl': {'model': 'Salesforce/instructblip-flan-t5-xl', 'quantization': None,
        'description': 'InstructBLIP FLAN-T5 XL', 'type': 'vision', 'benchmark': 'MMMU'},
    'instructblip-flan-t5-xxl': {'model': 'Salesforce/instructblip-flan-t5-xxl', 'quantization': None,
        'description': 'InstructBLIP FLAN-T5 XXL', 'type': 'vision', 'benchmark': 'MMMU'},
    'blip2-opt-2.7b': {'model': 'Salesforce/blip2-opt-2.7b', 'quantization': None,
        'description': 'BLIP-2 OPT 2.7B', 'type': 'vision', 'benchmark': 'MMMU'},
    'blip2-opt-6.7b': {'model': 'Salesforce/blip2-opt-6.7b', 'quantization': None,
        'description': 'BLIP-2 OPT 6.7B', 'type': 'vision', 'benchmark': 'MMMU'},
    'blip2-flan-t5-xl': {'model': 'Salesforce/blip2-flan-t5-xl', 'quantization': None,
        'description': 'BLIP-2 FLAN-T5 XL', 'type': 'vision', 'benchmark': 'MMMU'},
    'blip2-flan-t5-xxl': {'model': 'Salesforce/blip2-flan-t5-xxl', 'quantization': None,
        'description': 'BLIP-2 FLAN-T5 XXL', 'type': 'vision', 'benchmark': 'MMMU'},
    'minigpt4-vicuna-7b': {'model': 'Vision-CAIR/MiniGPT-4', 'quantization': None,
        'description': 'MiniGPT-4 7B', 'type': 'vision', 'benchmark': 'MMMU'},
    'minigpt4-vicuna-13b': {'model': 'Vision-CAIR/MiniGPT-4-13B', 'quantization': None,
        'description': 'MiniGPT-4 13B', 'type': 'vision', 'benchmark': 'MMMU'},
    'cogvlm-chat': {'model': 'THUDM/cogvlm-chat-hf', 'quantization': None,
        'description': 'CogVLM chat', 'type': 'vision', 'benchmark': 'MMMU'},
    'fuyu-8b': {'model': 'adept/fuyu-8b', 'quantization': None,
        'description': 'Fuyu 8B', 'type': 'vision', 'benchmark': 'MMMU'},
    'git-base': {'model': 'microsoft/git-base', 'quantization': None,
        'description': 'GiT base', 'type': 'vision', 'benchmark': 'MMMU'},
    'git-large': {'model': 'microsoft/git-large', 'quantization': None,
        'description': 'GiT large', 'type': 'vision', 'benchmark': 'MMMU'},
}

VISION_HINTS = ['llava', 'qwen-vl', 'instructblip', 'blip', 'minigpt', 'cogvlm', 'fuyu', 'git-', 'kosmos']


def detect_model_type(name):
    low = name.lower()
    return 'vision' if any(h in low for h in VISION_HINTS) else 'text'


def list_models(bench=None):
    for key, cfg in POPULAR_MODELS.items():
        if bench and cfg['benchmark'] != bench.upper():
            continue
        quant = f" ({cfg['quantization']})" if cfg['quantization'] else ""
        print(f"  {key:28s} {cfg['benchmark']}  {cfg['description']}{quant}")


def fast_subjects(bench):
    if bench.upper() == 'MMLU':
        return ['high_school_mathematics', 'college_physics', 'computer_security', 'machine_learning', 'formal_logic']
    return ['Math', 'Physics', 'Chemistry', 'Computer_Science', 'Economics']


def build_cmd(model_name, bench, out_file, split, quant=None, samples=None, subjects=None):
    script = "evaluate_mmlu.py" if bench.upper() == 'MMLU' else "evaluate_mmmu.py"
    cmd = [sys.executable, script, "--model", model_name, "--output", out_file]
    if bench.upper() == 'MMMU':
        cmd += ["--split", split]
    if quant:
        cmd += ["--quantization", quant]
    if samples:
        cmd += ["--num-samples", str(samples)]
    if subjects:
        cmd += ["--subjects"] + subjects
    return cmd


def main():
    ap = argparse.ArgumentParser(
        description="Quick MMLU / MMMU evaluation",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog="""
Examples:
  python quick_eval.py --list
  python quick_eval.py mistral-7b --quick
  python quick_eval.py llava-1.5-7b --quick
  python quick_eval.py --custom-model "microsoft/phi-2" --benchmark MMLU --fast
  python quick_eval.py --custom-model "llava-hf/llava-1.5-7b-hf" --benchmark MMMU --fast
        """,
    )
    ap.add_argument("model", nargs='?', help="preset name (see --list)")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--benchmark", choices=["MMLU", "MMMU"])
    ap.add_argument("--custom-model", type=str, help="any Hugging Face model id")
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--fast", action="store_true")
    ap.add_argument("--quantization", choices=["4bit", "8bit"])
    ap.add_argument("--samples", type=int)
    ap.add_argument("--split", choices=["dev", "validation", "test"], default="validation")
    args = ap.parse_args()

    if args.list:
        list_models(args.benchmark)
        return

    if args.custom_model:
        bench = args.benchmark or ('MMMU' if detect_model_type(args.custom_model) == 'vision' else 'MMLU')
        name, out_file = args.custom_model, f"custom_{bench.lower()}_model_results.json"
        quant = args.quantization
    else:
        if not args.model or args.model not in POPULAR_MODELS:
            ap.error("unknown preset; use --list")
        cfg = POPULAR_MODELS[args.model]
        bench = args.benchmark or cfg['benchmark']
        name, out_file = cfg['model'], f"{args.model.replace('-', '_')}_{bench.lower()}_results.json"
        quant = args.quantization or cfg['quantization']

    samples = (3 if bench.upper() == 'MMMU' else 5) if args.quick else args.samples
    subjects = fast_subjects(bench) if args.fast else None
    cmd = build_cmd(name, bench, out_file, args.split, quant, samples, subjects)
    print("Command:", " ".join(cmd))
    try:
        subprocess.run(cmd, check=True)
    except subprocess.CalledProcessError as exc:
        print(f"evaluation failed: {exc}")
        sys.exit(1)


if __name__ == "__main__":
    main()
