#!/usr/bin/env python
# train_trl_cot.py  -- GRPO with a <think> prefix and an embedding-based reward
import argparse
import logging
import math
import re
import sys

import torch
import torch.nn.functional as F
from datasets import load_dataset
from sentence_transformers import SentenceTransformer
from transformers import AutoTokenizer, set_seed
from trl import GRPOConfig, GRPOTrainer

logging.basicConfig(stream=sys.stdout, level=logging.INFO)
logger = logging.getLogger("train_trl_cot")

PROMPT_TEMPLATE = (
    "You are an experienced Scrum Master. Write user stories for the sprint goal "
    "in the form 'As a [role], I want [action], so that [benefit]'.\n\n"
    "Sprint Goal: {sprint_goal}\n\n"
    "Think inside <think>...</think> first, then list the stories one per line.\n\n"
)

_model_cache = {}


def get_model(name: str = "sentence-transformers/all-MiniLM-L6-v2"):
    if name not in _model_cache:
        _model_cache[name] = SentenceTransformer(name)
        logger.info(f"loaded reward model {name}")
    return _model_cache[name]


RE_STORY = re.compile(r"^(?:[-*]\s*)?As a .+?, I want .+?, so that .+?\.?$", re.I)


def final_output(text: str) -> str:
    m = re.search(r"</think>\s*", text, flags=re.I)
    return text[m.end():].strip() if m else text.strip()


def compute_reward(gen_text: str, ref_block: str,
                   model_name: str = "sentence-transformers/all-MiniLM-L6-v2",
                   tau: float = 2.0) -> float:
    lines = [ln.strip() for ln in final_output(gen_text).splitlines() if ln.strip()]
    if not lines:
        return 0.0
    stories = [ln for ln in lines if RE_STORY.match(ln)]
    issues = [ln.lstrip("-* ").strip() for ln in ref_block.splitlines() if ln.strip()]
    structure = len(stories) / len(lines)
    coverage = 0.0
    if issues and stories:
        model = get_model(model_name)
        a = model.encode(issues, convert_to_tensor=True)
        b = model.encode(stories, convert_to_tensor=True)
        coverage = sum(torch.max(F.cosine_similarity(x.unsqueeze(0), b)).item() for x in a) / len(a)
    count = math.exp(-abs(len(stories) - len(issues)) / tau) if issues else 0.0
    return (structure + coverage + count) / 3.0 - (len(lines) - len(stories)) / len(lines)


def grpo_reward_fn(completions, **kwargs):
    refs = kwargs.get("reference_stories", [""] * len(completions))
    return [compute_reward(c, r) for c, r in zip(completions, refs)]


def main():
    p = argparse.ArgumentParser(description="GRPO fine-tuning with DeepSeek-R1-Distill-Qwen-1.5B")
    p.add_argument("--model", type=str,
                   default="deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B")
    p.add_argument("--dataset", type=str, required=True)
    p.add_argument("--output_dir", type=str,
                   default="./deepseek_r1_grpo_checkpoints")
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--epochs", type=int, default=1)
    p.add_argument("--batch_size", type=int, default=1)
    p.add_argument("--gradient_accumulation_steps", type=int, default=1)
    p.add_argument("--num_generations", type=int, default=3)
    p.add_argument("--max_completion_length", type=int, default=1024)
    p.add_argument("--temperature", type=float, default=0.6)
    p.add_argument("--top_p", type=float, default=0.95)
    p.add_argument("--learning_rate", "--lr", type=float, default=1e-6, dest="learning_rate")
    p.add_argument("--beta", type=float, default=0.04)
    p.add_argument("--epsilon", type=float, default=0.2)
    p.add_argument("--loss_type", type=str, default="bnpo", choices=["grpo", "bnpo", "dr_grpo"])
    p.add_argument("--bf16", action="store_true")
    p.add_argument("--gradient_checkpointing", action="store_true")
    p.add_argument("--log_completions", action="store_true")
    args = p.parse_args()

    set_seed(args.seed)
    tokenizer = AutoTokenizer.from_pretrained(args.model, trust_remote_code=True)

    ds = load_dataset("json", data_files={"data": args.dataset}, split="data")
    parts = ds.train_test_split(test_size=0.2, seed=args.seed)

    def prep(ex):
        return dict(prompt=PROMPT_TEMPLATE.format(sprint_goal=ex["sprint_goal"]),
                    reference_stories=ex.get("formatted_issues", ""))

    train_ds = parts["train"].map(prep, remove_columns=parts["train"].column_names)
    val_ds = parts["test"].map(prep)

    cfg = GRPOConfig(
        output_dir=args.output_dir,
        learning_rate=args.learning_rate,
        num_train_epochs=args.epochs,
        per_device_train_batch_size=args.batch_size,
        gradient_accumulation_steps=args.gradient_accumulation_steps,
        beta=args.beta,
        epsilon=args.epsilon,
        loss_type=args.loss_type,
        num_generations=args.num_generations,
        max_completion_length=args.max_completion_length,
        bf16=args.bf16,
        gradient_checkpointing=args.gradient_checkpointing,
        log_completions=args.log_completions,
    )
    trainer = GRPOTrainer(
        model=args.model,
        reward_funcs=grpo_reward_fn,
        args=cfg,
        train_dataset=train_ds,
        eval_dataset=val_ds,
        tokenizer=tokenizer,
    )
    trainer.train()
    logger.info(f"done, checkpoints in {args.output_dir}")


if __name__ == "__main__":
    main()
