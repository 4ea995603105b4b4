from transformers import AutoModelForCausalLM, AutoTokenizer, TrainingArguments, Trainer
from peft import LoraConfig, get_peft_model, prepare_model_for_kbit_training
from datasets import load_dataset
import json
from datetime import datetime
import torch
import os
from dataclasses import dataclass
from typing import Any, Dict, List


@dataclass
class SimpleDataCollator:
    """Simple collator that just converts to tensors"""

    def __call__(self, features: List[Dict[str, Any]]) -> Dict[str, torch.Tensor]:
        return {
            key: torch.tensor([f[key] for f in features], dtype=torch.long)
            for key in ("input_ids", "attention_mask", "labels")
        }


def train_qwen_text2sql():
    """Fine-tune Qwen2.5-Coder-3B-Instruct for Text2SQL using QLoRA."""
    start_time = datetime.now()
    output_dir = f"models/qwen3b_baseline_r16_{start_time.strftime('%Y%m%d')}"
    os.makedirs(output_dir, exist_ok=True)

    print("\n1. Loading model...")
    model_name = "Qwen/Qwen2.5-Coder-3B-Instruct"

    model = AutoModelForCausalLM.from_pretrained(
        model_name,
        load_in_4bit=True,  # QLoRA: 4-bit quantization
        device_map="auto",
        torch_dtype=torch.float16,
        trust_remote_code=True,
    )
    tokenizer = AutoTokenizer.from_pretrained(model_name)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    model = prepare_model_for_kbit_training(model)

    lora_config = LoraConfig(
        r=16, lora_alpha=32, target_modules=["q_proj", "k_proj", "v_proj", "o_proj"],
        lora_dropout=0.05, bias="none", task_type="CAUSAL_LM",
    )
    model = get_peft_model(model, lora_config)
    model.print_trainable_parameters()

    print("\n3. Loading training data...")
    dataset = load_dataset(
        'json',
        data_files={
            'train': 'data/processed/train.jsonl',
            'validation': 'data/processed/val.jsonl'
        }
    )

    def tokenize_function(examples):
        result = tokenizer(examples['text'], truncation=True, max_length=1024, padding='max_length')
        result["labels"] = list(result["input_ids"])
        return result

    tokenized_dataset = dataset.map(tokenize_function, remove_columns=dataset['train'].column_names)

    training_args = TrainingArguments(
        output_dir=output_dir,
        num_train_epochs=3,
        per_device_train_batch_size=4,
        gradient_accumulation_steps=4,
        learning_rate=2e-4,
        logging_dir=f"{output_dir}/logs",
        eval_strategy="steps",
        eval_steps=200,
        save_steps=400,
        fp16=True,
        report_to="tensorboard",
    )
    trainer = Trainer(
        model=model,
        args=training_args,
        train_dataset=tokenized_dataset['train'],
        eval_dataset=tokenized_dataset['validation'],
        data_collator=SimpleDataCollator(),
    )
    trainer.train()

    metadata = {
        'name': 'qwen3b_baseline_r16',
        'model': 'Qwen2.5-Coder-3B-Instruct',
        'hyperparameters': {'lora_r': 16, 'lora_alpha': 32, 'max_length': 1024},
        'model_path': output_dir,
    }
    with open(f'{output_dir}/training_metadata.json', 'w') as f:
        json.dump(metadata, f, indent=2)

    trainer.save_model(output_dir)
    tokenizer.save_pretrained(output_dir)
    print(f"Model saved to: {output_dir}")
    return trainer


if __name__ == "__main__":
    trainer = train_qwen_text2sql()
