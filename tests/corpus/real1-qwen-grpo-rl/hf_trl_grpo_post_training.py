import os
import re

import torch
import torch.distributed as dist
import wandb
from datasets import load_dataset
from math_verify import LatexExtractionConfig, parse, verify
from sentence_transformers import SentenceTransformer
from transformers import AutoModelForCausalLM, AutoTokenizer
from trl import GRPOConfig, GRPOTrainer

dataset_id = "Fancy-MLLM/R1-Onevision"
train_dataset = load_dataset(dataset_id, split="train[:5%]")

SYSTEM_PROMPT = (
    "A conversation between User and Assistant. The assistant first thinks about the reasoning "
    "and then answers, using <think> </think> and <answer> </answer> tags."
)

model_id = "lmms-lab/llava-onevision-qwen2-7b-ov"
tokenizer = AutoTokenizer.from_pretrained(model_id)
tokenizer.pad_token = tokenizer.eos_token
tokenizer.padding_side = "left"


def to_plain(example):
    problem, solution = "", ""
    for turn in example.get("conversations", []):
        if turn.get("from") == "human":
            problem = turn.get("value", "")
        elif turn.get("from") == "assistant":
            solution = turn.get("value", "")
    return {"prompt": f"{SYSTEM_PROMPT}\n\nUser: {problem}\n\nAssistant:", "solution": solution}


train_dataset = train_dataset.map(to_plain, remove_columns=train_dataset.column_names)


def init_distributed():
    if int(os.environ.get("WORLD_SIZE", "1")) > 1:
        torch.cuda.set_device(int(os.environ.get("LOCAL_RANK", "0")))
        dist.init_process_group(backend="nccl")
        return True
    return False


is_distributed = init_distributed()

model_id = "lmms-lab/llava-onevision-qwen2-7b-ov"
if is_distributed:
    model = AutoModelForCausalLM.from_pretrained(model_id, torch_dtype="auto", device_map=None)
    model = model.to(torch.device(f"cuda:{os.environ.get('LOCAL_RANK', '0')}"))
else:
    model = AutoModelForCausalLM.from_pretrained(model_id, torch_dtype="auto", device_map="cuda:0")

try:
    sbert_model = SentenceTransformer('all-MiniLM-L6-v2')
except Exception as err:
    print(f"could not load the sentence encoder: {err}")
    sbert_model = None


def format_reward(completions, **kwargs):
    pat = r"<think>.*?</think>\s*<answer>.*?</answer>"
    texts = [c[0]["content"] if isinstance(c, list) else str(c) for c in completions]
    return [1.0 if re.search(pat, t, re.DOTALL) else 0.0 for t in texts]


def accuracy_reward(completions, solution, **kwargs):
    out = []
    for c, sol in zip(completions, solution):
        gold = parse(sol, extraction_config=[LatexExtractionConfig()])
        got = parse(c[0]["content"], extraction_config=[LatexExtractionConfig()])
        out.append(float(verify(got, gold)) if gold else 1.0)
    return out


def sbert_reward(completions, solution, **kwargs):
    if sbert_model is None:
        return [0.0] * len(completions)
    a = sbert_model.encode([c[0]["content"] for c in completions])
    b = sbert_model.encode(list(solution))
    return [float((x @ y) / ((x @ x) ** 0.5 * (y @ y) ** 0.5)) for x, y in zip(a, b)]


args = GRPOConfig(
    output_dir="llava-onevision-grpo",
    learning_rate=1e-5,
    per_device_train_batch_size=2,
    num_generations=4,
    max_completion_length=512,
    report_to=["wandb"],
)
wandb.init(project="grpo-onevision")
GRPOTrainer(
    model=model,
    processing_class=tokenizer,
    reward_funcs=[format_reward, accuracy_reward, sbert_reward],
    args=args,
    train_dataset=train_dataset,
).train()
