###############################################################
#
# 5_grpo.py
#
# Take the output of 4_sft.py and the base model and use GRPO
# to get a reasoning model that outputs in the desired format.
#
###############################################################

import unsloth
from unsloth import FastLanguageModel, is_bfloat16_supported, PatchFastRL
import torch
import random
import numpy as np
from datasets import load_dataset, Dataset
from trl import GRPOConfig, GRPOTrainer

PatchFastRL("GRPO", FastLanguageModel)

SEQ_LENGTH = 4096
LORA_RANK = 128
LORA_ALPHA = LORA_RANK * 2
BETA = 0.03
MAX_STEPS = 5000
LEARNING_RATE = 5e-6
SEED = 99
NUM_GENERATIONS = 6

#TRAINING_DATA = "full_training_set.jsonl"
TRAINING_DATA = "synthetic_gsm8k_formatted2.jsonl"

#ADAPTER_PATH = "./qwen2.5-3b-sft-unsloth-4bit/checkpoint-300"
ADAPTER_PATH = "./qwen2.5-3b-reasoning-model/checkpoint-1600"
OUTPUT_DIR = "qwen2.5-3b-reasoning-model_v2"

GPU_MEMORY_UTILIZATION = 0.6

SYSTEM_PROMPT = "You are a reasoning AI assistant that provides helpful solutions."

torch.manual_seed(SEED)
random.seed(SEED)
np.random.seed(SEED)


def get_local_dataset(file_path: str, split="train") -> Dataset:
    data = load_dataset("json", data_files=file_path, split=split)
    return data.map(
        lambda x: {
            "prompt": [
                {"role": "system", "content": SYSTEM_PROMPT},
                {"role": "user", "content": x["question"]},
            ],
            "answer": x["answer"],
        }
    )


def combined_reward_func(prompts, completions, answer, **kwargs) -> list[float]:
    return [10.0 if a in c[0]["content"] else 0.0 for c, a in zip(completions, answer)]


def main():
    dataset = get_local_dataset(TRAINING_DATA)

    model, tokenizer = FastLanguageModel.from_pretrained(
        model_name="Qwen/Qwen2.5-3B-Instruct",
        max_seq_length=SEQ_LENGTH,
        load_in_4bit=True,
        fast_inference=True,
        max_lora_rank=LORA_RANK,
        gpu_memory_utilization=GPU_MEMORY_UTILIZATION,
        random_state=SEED,
    )

    model = FastLanguageModel.get_peft_model(model, r=LORA_RANK, lora_alpha=LORA_ALPHA)
    print(f"Loading adapter weights from {ADAPTER_PATH}/adapter_model.safetensors")
    model.load_adapter(ADAPTER_PATH, adapter_name="default")

    training_args = GRPOConfig(
        use_vllm=True,
        output_dir=OUTPUT_DIR,
        learning_rate=LEARNING_RATE,
        optim="paged_adamw_8bit",
        bf16=is_bfloat16_supported(),
        num_generations=NUM_GENERATIONS,
        max_steps=MAX_STEPS,
        report_to="none",
        beta=BETA,
    )
    trainer = GRPOTrainer(
        model=model,
        processing_class=tokenizer,
        reward_funcs=[combined_reward_func],
        args=training_args,
        train_dataset=dataset,
    )
    trainer.train()
    model.save_pretrained("qwen2.5-3b-reasoning-model/final")


if __name__ == "__main__":
    main()
