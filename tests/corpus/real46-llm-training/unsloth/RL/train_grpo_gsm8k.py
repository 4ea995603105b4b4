"""
    RLHF + GRPO with custom reward functions
    使用 gsm8k 数据集
"""

from unsloth import FastLanguageModel, is_bfloat16_supported
import torch
import re
from datasets import load_dataset
from trl import GRPOConfig, GRPOTrainer

max_seq_length = 1024  # Can increase for longer reasoning traces
lora_rank = 64

# model_path = "/workspace/Qwen/models/Qwen2.5-7B-Instruct"
model_path = "/workspace/text-generation-webui-customized/models/Qwen2.5-7B-Instruct"

model, tokenizer = FastLanguageModel.from_pretrained(
    model_name=model_path,
    max_seq_length=max_seq_length,
    load_in_4bit=True,  # False for LoRA 16bit
    max_lora_rank=lora_rank,
    gpu_memory_utilization=0.6,
)

model = FastLanguageModel.get_peft_model(
    model,
    r=lora_rank,
    target_modules=["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
    lora_alpha=lora_rank,
    use_gradient_checkpointing="unsloth",
    random_state=3407,
)

SYSTEM_PROMPT = """
Respond in the following format:
<reasoning>
...
</reasoning>
<answer>
...
</answer>
"""


def extract_xml_answer(text: str) -> str:
    return text.split("<answer>")[-1].split("</answer>")[0].strip()


def extract_hash_answer(text: str) -> str | None:
    return text.split("####")[1].strip() if "####" in text else None


def formatting_func(example):
    return {
        "prompt": [
            {'role': 'system', 'content': SYSTEM_PROMPT},
            {'role': 'user', 'content': example['question']}
        ],
        "answer": extract_hash_answer(example['answer'])
    }


data_files = {
    "train": "./data/gsm8k/train-00000-of-00001.parquet",
    "test": "./data/gsm8k/test-00000-of-00001.parquet"
}

# 加载数据集
dataset = load_dataset("parquet", data_files=data_files)["train"]
dataset = dataset.map(formatting_func, remove_columns=dataset.column_names)


def correctness_reward_func(prompts, completions, answer, **kwargs) -> list[float]:
    responses = [completion[0]['content'] for completion in completions]
    extracted = [extract_xml_answer(r) for r in responses]
    return [2.0 if r == a else 0.0 for r, a in zip(extracted, answer)]


def soft_format_reward_func(completions, **kwargs) -> list[float]:
    pattern = r"<reasoning>.*?</reasoning>\s*<answer>.*?</answer>"
    responses = [completion[0]["content"] for completion in completions]
    return [0.5 if re.match(pattern, r) else 0.0 for r in responses]


training_args = GRPOConfig(
    output_dir="./rl_output",
    per_device_train_batch_size=2,
    learning_rate=5e-6,
    lr_scheduler_type="cosine",
    optim="adamw_8bit",
    logging_steps=1,
    save_steps=200,
    report_to="tensorboard",
    num_generations=8,
    max_prompt_length=256,
    max_completion_length=200
)

trainer = GRPOTrainer(
    model=model,
    processing_class=tokenizer,
    reward_funcs=[soft_format_reward_func, correctness_reward_func],
    args=training_args,
    train_dataset=dataset
)

print("开始训练...")
trainer.train()

trainer.save_model("./rl_model")
print("GRPO训练完成，模型已保存至 ./rl_model")
