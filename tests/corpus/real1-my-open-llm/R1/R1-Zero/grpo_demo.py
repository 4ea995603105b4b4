# GRPO on gsm8k, based on willccbb's gist
# see https://github.com/willccbb/verifiers
import re

import torch
from datasets import Dataset, load_dataset
from peft import LoraConfig
from transformers import AutoModelForCausalLM, AutoTokenizer
from trl import GRPOConfig, GRPOTrainer

SYSTEM_PROMPT = """
Respond in the following format:
<reasoning>
...
</reasoning>
<answer>
...
</answer>
"""


def pull_answer(text: str) -> str:
    return text.split("<answer>")[-1].split("</answer>")[0].strip()


def hash_answer(text: str):
    if "####" not in text:
        return None
    return text.split("####")[1].strip().replace(",", "")


def gsm8k_split(split="train") -> Dataset:
    rows = load_dataset('openai/gsm8k', 'main')[split]  # type: ignore
    return rows.map(lambda x: {
        'prompt': [
            {'role': 'system', 'content': SYSTEM_PROMPT},
            {'role': 'user', 'content': x['question']},
        ],
        'answer': hash_answer(x['answer']),
    })


train_rows = gsm8k_split()


def correctness_reward(prompts, completions, answer, **kw):
    got = [pull_answer(c[0]['content']) for c in completions]
    return [2.0 if g == a else 0.0 for g, a in zip(got, answer)]


def format_reward(completions, **kw):
    pat = r"<reasoning>.*?</reasoning>\s*<answer>.*?</answer>"
    return [0.5 if re.match(pat, c[0]["content"], flags=re.DOTALL) else 0.0 for c in completions]


#model_name = "meta-llama/Llama-3.2-1B-Instruct"
model_name = "Qwen/Qwen2.5-1.5B-Instruct"

if "Llama" in model_name:
    output_dir, run_name = "outputs/Llama-1B-GRPO", "Llama-1B-GRPO-gsm8k"
else:
    output_dir, run_name = "outputs/Qwen-1.5B-GRPO", "Qwen-1.5B-GRPO-gsm8k"

grpo_args = GRPOConfig(
    output_dir=output_dir,
    run_name=run_name,
    learning_rate=5e-6,
    lr_scheduler_type='cosine',
    bf16=True,
    per_device_train_batch_size=1,
    gradient_accumulation_steps=4,
    num_generations=16,
    max_prompt_length=256,
    max_completion_length=786,
    report_to="wandb",
)
lora = LoraConfig(r=16, lora_alpha=64, target_modules=["q_proj", "v_proj"], task_type="CAUSAL_LM")

model = AutoModelForCausalLM.from_pretrained(
    model_name,
    torch_dtype=torch.bfloat16,
    attn_implementation="flash_attention_2",
).to("cuda")
tokenizer = AutoTokenizer.from_pretrained(model_name)
tokenizer.pad_token = tokenizer.eos_token

GRPOTrainer(
    model=model,
    processing_class=tokenizer,
    reward_funcs=[format_reward, correctness_reward],
    args=grpo_args,
    train_dataset=train_rows,
).train()
