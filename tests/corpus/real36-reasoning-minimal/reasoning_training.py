#!/usr/bin/env python
# coding: utf-8

# ========================================
#             Imports & Configs
# ========================================

import re
from pathlib import Path
from pprint import pprint

from datasets import load_dataset
from math_verify import LatexExtractionConfig, parse, verify
from transformers import AutoModelForCausalLM, AutoTokenizer
from trl import GRPOConfig, GRPOTrainer

from format_utils import extract_hashed_answer, extract_tag, make_conversation, print_inference_example


def format_reward(completions, **kwargs):
    """1 point per well-formed tag pair, plus one for the full pattern."""
    full = r"^<think>.*?</think>\s*<answer>.*?</answer>$"
    out = []
    for c in completions:
        text = c[0]["content"]
        score = 0.5 * bool(re.match(r"^<think>.*?</think>", text))
        score += 0.5 * bool(re.search(r"<answer>.*?</answer>$", text))
        score += 1.0 * bool(re.match(full, text))
        out.append(score)
    return out


def accuracy_reward_hf(completions, **kwargs):
    """math_verify against the gold answer, plus exact match on the <answer> tag."""
    rewards = []
    for c, solution in zip(completions, kwargs["answer"]):
        text = c[0]["content"]
        gold = parse(solution, "first_match", [LatexExtractionConfig()])
        pred = parse(text, "first_match", [LatexExtractionConfig()])
        score = 0.0
        try:
            score += float(verify(pred, gold) if gold else 1.0)
        except Exception:
            pass
        tag = extract_tag(text, "answer")
        if tag and tag.strip() == extract_hashed_answer(solution):
            score += 1.0
        rewards.append(score)
    return rewards


def main():
    # ---- data ----
    dataset_id = "openai/gsm8k"
    train_dataset, test_dataset = load_dataset(dataset_id, 'main', split=['train[:5%]', 'test[:5%]'])
    train_dataset = train_dataset.map(make_conversation)
    test_dataset = test_dataset.map(make_conversation)
    pprint(train_dataset[0])

    # ---- model ----
    model_id = "Qwen/Qwen2.5-0.5B-Instruct"
    model = AutoModelForCausalLM.from_pretrained(model_id, torch_dtype="auto", device_map="auto")

    # LoRA (uncomment for small GPUs)
    # lora_config = LoraConfig(task_type="CAUSAL_LM", r=8, lora_alpha=32,
    #                          target_modules=["q_proj", "v_proj"])
    # model = get_peft_model(model, lora_config)

    output_dir = Path("outputs/Qwen2-0.5B-GRPO-test")
    training_args = GRPOConfig(
        output_dir=output_dir,
        learning_rate=1e-5,
        remove_unused_columns=False,
        gradient_accumulation_steps=16,
        num_train_epochs=3,
        per_device_train_batch_size=8,
        bf16=True,
        max_completion_length=64,
        num_generations=4,
        max_prompt_length=128,
        report_to=["wandb"],
        logging_steps=1,
        push_to_hub=False,
        save_strategy="steps",
        save_steps=10,
    )
    trainer = GRPOTrainer(
        model=model,
        reward_funcs=[format_reward, accuracy_reward_hf],
        args=training_args,
        train_dataset=train_dataset,
    )
    trainer.train()
    trainer.save_model(training_args.output_dir)

    # ---- before / after ----
    trained = AutoModelForCausalLM.from_pretrained(output_dir, torch_dtype="auto", device_map="auto")
    trained_tok = AutoTokenizer.from_pretrained(output_dir)
    print("Trained:")
    print_inference_example(trained, trained_tok, test_dataset)

    base = AutoModelForCausalLM.from_pretrained(model_id, torch_dtype="auto", device_map="auto")
    base_tok = AutoTokenizer.from_pretrained(model_id)
    print("Before training:")
    print_inference_example(base, base_tok, test_dataset)


if __name__ == '__main__':
    main()
