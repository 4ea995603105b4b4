import unsloth
from unsloth import FastLanguageModel, is_bfloat16_supported, PatchFastRL
import re
import math
from datasets import load_dataset, Dataset
from trl import GRPOConfig, GRPOTrainer

PatchFastRL("GRPO", FastLanguageModel)

SEQ_LENGTH = 4096
LORA_RANK = 64
LORA_ALPHA = LORA_RANK * 2
BETA = 0.02
MAX_STEPS = 3000

SYSTEM_PROMPT = "You are an AI assistant that provides solutions to math problems."

CORRECT_TAG_ORDER = ["metaphor", "reasoning", "answer", "final_answer"]


def extract_hash_answer(text: str) -> str | None:
    if "####" not in text:
        return None
    return text.split("####")[1].strip()


def get_gsm8k_dataset(split="train") -> Dataset:
    data = load_dataset("openai/gsm8k", "main")[split]
    data = data.map(
        lambda x: {
            "prompt": [
                {"role": "system", "content": SYSTEM_PROMPT},
                {"role": "user", "content": x["question"]},
            ],
            "answer": extract_hash_answer(x["answer"]),
        }
    )
    return data


def extract_xml_content(text, tag):
    match = re.search(f"<{tag}>(.*?)</{tag}>", text, re.DOTALL)
    return match.group(1) if match else ""


def correctness_reward_func(prompts, completions, answer, **kwargs) -> list[float]:
    rewards = []
    for completion, gt in zip(completions, answer):
        got = extract_xml_content(completion[0]["content"], "final_answer").strip()
        rewards.append(10.0 if got == gt else 0.0)
    return rewards


def format_reward_func(completions, **kwargs) -> list[float]:
    rewards = []
    for completion in completions:
        content = completion[0]["content"]
        missing = [t for t in CORRECT_TAG_ORDER if f"<{t}>" not in content]
        rewards.append(max(0.0, 10.0 - 2.5 * len(missing)))
    return rewards


def main():
    dataset = get_gsm8k_dataset()

    model, tokenizer = FastLanguageModel.from_pretrained(
        model_name="Qwen/Qwen2.5-3B-Instruct",
        max_seq_length=SEQ_LENGTH,
        load_in_4bit=True,
        fast_inference=True,
        max_lora_rank=LORA_RANK,
        gpu_memory_utilization=0.7,
    )

    adapter_path = "./qwen2.5-3b-sft-unsloth-4bit/checkpoint-1000"
    model = FastLanguageModel.get_peft_model(
        model,
        r=LORA_RANK,
        lora_alpha=LORA_ALPHA,
        target_modules=["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
        use_gradient_checkpointing=True,
    )
    model.load_adapter(adapter_path, adapter_name="default")

    training_args = GRPOConfig(
        use_vllm=True,
        output_dir="qwen2.5-3b-reasoning-model",
        learning_rate=5e-6,
        lr_scheduler_type="cosine",
        optim="paged_adamw_8bit",
        bf16=is_bfloat16_supported(),
        fp16=not is_bfloat16_supported(),
        per_device_train_batch_size=1,
        gradient_accumulation_steps=4,
        num_generations=8,
        max_prompt_length=512,
        max_completion_length=SEQ_LENGTH - 512,
        max_steps=MAX_STEPS,
        save_steps=100,
        report_to="none",
        beta=BETA,
    )

    trainer = GRPOTrainer(
        model=model,
        processing_class=tokenizer,
        reward_funcs=[correctness_reward_func, format_reward_func],
        args=training_args,
        train_dataset=dataset,
    )
    trainer.train()

    model.save_pretrained("qwen2.5-3b-reasoning-model/final")
    tokenizer.save_pretrained("qwen2.5-3b-reasoning-model/final")


if __name__ == "__main__":
    main()
