import os
import random
from datetime import datetime

import torch
import wandb
from datasets import load_dataset
from dotenv import load_dotenv
from peft import LoraConfig, get_peft_model
from tqdm import tqdm
from transformers import BitsAndBytesConfig, Qwen2VLForConditionalGeneration, Qwen2VLProcessor
from trl import SFTConfig, SFTTrainer

"""
Following these tutorials:
HuggingFace: https://huggingface.co/learn/cookbook/en/fine_tuning_vlm_trl
Phil Schmid: https://www.philschmid.de/fine-tune-multimodal-llms-with-trl
"""

load_dotenv()
if os.getenv("HUGGINGFACE_TOKEN") is None:
    raise ValueError("HUGGINGFACE_TOKEN is not set")
hf_token = os.environ["HUGGINGFACE_TOKEN"]

MODEL_ORG_NAME = "Qwen"
MODEL_NAME = "Qwen2-VL-7B-Instruct"
DATASET_NAME = "UCSC-Admire/idiom-dataset-561-2024-12-02_11-48-08"

RANDOM_SEED = 42
random.seed(RANDOM_SEED)
torch.manual_seed(RANDOM_SEED)

processor = None  # global so that collate_fn can reach it


def format_data(sample: dict) -> list[dict]:
    """Turn one dataset row into the chat structure (see the HF cookbook)."""
    images = [sample[f"image_{i}"] for i in range(1, 6)]
    order = list(range(5))
    random.shuffle(order)
    letters = "ABCDE"
    correct = ", ".join(letters[order.index(i)] for i in range(5))
    return [
        {"role": "system", "content": [{"type": "text", "text": "You rank images by relevance to a compound."}]},
        {"role": "user", "content": [*[{"type": "image", "image": images[i]} for i in order],
                                     {"type": "text", "text": f"{sample['compound']}\n{sample['sentence']}"}]},
        {"role": "assistant", "content": [{"type": "text", "text": correct}]},
    ]


def collate_fn(examples: list[list[dict]]) -> dict:
    texts = [processor.apply_chat_template(conv, tokenize=False) for conv in examples]
    images = [c["image"] for conv in examples for turn in conv if turn["role"] == "user"
              for c in turn["content"] if c["type"] == "image"]
    batch = processor(text=texts, images=images, return_tensors="pt", padding=True)
    labels = batch["input_ids"].clone()
    labels[labels == processor.tokenizer.pad_token_id] = -100
    batch["labels"] = labels
    return batch


def main():
    global processor
    dataset = load_dataset(DATASET_NAME, split="train")
    split = dataset.train_test_split(test_size=0.05, seed=42)
    train_dataset = [format_data(s) for s in tqdm(split["train"])]
    eval_dataset = [format_data(s) for s in tqdm(split["test"])]

    bnb_config = BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_use_double_quant=True,
                                    bnb_4bit_quant_type="nf4", bnb_4bit_compute_dtype=torch.bfloat16)
    model = Qwen2VLForConditionalGeneration.from_pretrained(
        pretrained_model_name_or_path=f"{MODEL_ORG_NAME}/{MODEL_NAME}",
        device_map="auto",
        torch_dtype=torch.bfloat16,
        quantization_config=bnb_config,
    )
    processor = Qwen2VLProcessor.from_pretrained(
        f"{MODEL_ORG_NAME}/{MODEL_NAME}",
        min_pixels=256 * 28 * 28,
        max_pixels=448 * 28 * 28,
    )
    peft_model = get_peft_model(model, LoraConfig(lora_alpha=16, lora_dropout=0.05, r=8, bias="none",
                                                  target_modules=["q_proj", "v_proj"], task_type="CAUSAL_LM"))

    now = datetime.now().strftime("%Y-%m-%d_%H-%M-%S")
    training_args = SFTConfig(
        output_dir="qwen2-7b-instruct-trl-sft-ADMIRE",
        num_train_epochs=3,
        per_device_train_batch_size=1,
        gradient_accumulation_steps=8,
        gradient_checkpointing=True,
        optim="adamw_torch_fused",
        learning_rate=2e-4,
        eval_strategy="steps",
        save_steps=20,
        metric_for_best_model="eval_loss",
        bf16=True,
        push_to_hub=True,
        hub_model_id=f"UCSC-Admire/Qwen2-VL-7B-Instruct-finetune-{now}",
        hub_token=hf_token,
        report_to="wandb",
        dataset_text_field="",
        dataset_kwargs={"skip_prepare_dataset": True},
    )
    training_args.remove_unused_columns = False
    wandb.init(project="qwen2-7b-instruct-trl-sft", name="qwen2-7b-instruct-trl-sft", config=training_args)

    trainer = SFTTrainer(model=peft_model, args=training_args, train_dataset=train_dataset,
                         eval_dataset=eval_dataset, data_collator=collate_fn, tokenizer=processor.tokenizer)
    trainer.train()
    trainer.save_model(training_args.output_dir)


if __name__ == "__main__":
    main()
