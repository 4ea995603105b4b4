import os
import torch
from datasets import load_from_disk
from peft import LoraConfig
from transformers import AutoModelForCausalLM, AutoTokenizer
from trl import GRPOConfig, GRPOTrainer
from reward_function import get_reward_scores

# --- settings ---
MODEL_ID = "Qwen/Qwen2.5-1.5B-Instruct"
DATASET_PATH = "grp_oblit_dataset"
OUTPUT_DIR = "grp_oblit_car_output"

NUM_GENERATIONS = 8
BETA = 0.01  # weaker KL so the policy can drift
LEARNING_RATE = 2e-5
PER_DEVICE_TRAIN_BATCH_SIZE = 1

LORA_R = 16
LORA_ALPHA = 32
LORA_TARGET_MODULES = [
    "q_proj", "k_proj", "v_proj", "o_proj",
    "gate_proj", "up_proj", "down_proj"
]

def main():
    dataset = load_from_disk(DATASET_PATH)
    print(f"Loaded {len(dataset)} samples from {DATASET_PATH}")

    from transformers import BitsAndBytesConfig
    from accelerate import PartialState
    device_map = {"": PartialState().process_index}

    model = AutoModelForCausalLM.from_pretrained(
        MODEL_ID,
        quantization_config=BitsAndBytesConfig(load_in_4bit=True),
        device_map=device_map,
        attn_implementation="sdpa",
    )
    tokenizer = AutoTokenizer.from_pretrained(MODEL_ID)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token

    peft_config = LoraConfig(
        r=LORA_R,
        lora_alpha=LORA_ALPHA,
        target_modules=LORA_TARGET_MODULES,
        task_type="CAUSAL_LM",
        bias="none",
        lora_dropout=0.05,
    )

    training_args = GRPOConfig(
        output_dir=OUTPUT_DIR,
        learning_rate=LEARNING_RATE,
        per_device_train_batch_size=PER_DEVICE_TRAIN_BATCH_SIZE,
        gradient_accumulation_steps=4,
        num_generations=NUM_GENERATIONS,
        max_completion_length=1024,
        beta=BETA,
        save_steps=100,
        max_steps=400,
    )

    trainer = GRPOTrainer(
        model=model,
        reward_funcs=get_reward_scores,
        args=training_args,
        train_dataset=dataset,
        processing_class=tokenizer,
        peft_config=peft_config,
    )
    trainer.train()
    trainer.save_model(OUTPUT_DIR)

if __name__ == "__main__":
    main()
