import os

import pandas as pd
import torch
from datasets import Dataset
from peft import LoraConfig, TaskType, get_peft_model
from transformers import AutoModelForCausalLM, AutoTokenizer, DataCollatorForSeq2Seq, Trainer, TrainingArguments

os.environ["PYTORCH_CUDA_ALLOC_CONF"] = "expandable_segments:True"

# where the base model and the LoRA run are kept
model_save_path = "models/Qwen2.5-3B-Instruct"
output_dir = "MedQA/output/Qwen2.5-3B-3th"

os.makedirs(model_save_path, exist_ok=True)
os.makedirs(output_dir, exist_ok=True)

model_name = "Qwen/Qwen2.5-3B-Instruct"

if not os.path.exists(os.path.join(model_save_path, "config.json")):
    print("downloading the model...")
    model = AutoModelForCausalLM.from_pretrained(
        model_name,
        torch_dtype=torch.float16,
        device_map={"": torch.cuda.current_device()},
        load_in_8bit=True,
        low_cpu_mem_usage=True,
    )
    tokenizer = AutoTokenizer.from_pretrained(model_name)
    model.save_pretrained(model_save_path)
    tokenizer.save_pretrained(model_save_path)
else:
    print("loading the local copy...")
    model = AutoModelForCausalLM.from_pretrained(
        model_save_path,
        torch_dtype=torch.float16,
        device_map={"": torch.cuda.current_device()},
        load_in_8bit=True,
    )
    tokenizer = AutoTokenizer.from_pretrained(model_save_path)


def process_func(example):
    MAX_LENGTH = 384
    instruction = tokenizer(
        f"<|im_start|>system\n{example['instruction']}<|im_end|>\n<|im_start|>user\n{example['input']}<|im_end|>\n<|im_start|>assistant\n",
        add_special_tokens=False,
    )
    response = tokenizer(f"{example['output']}", add_special_tokens=False)
    input_ids = instruction["input_ids"] + response["input_ids"] + [tokenizer.pad_token_id]
    attention_mask = instruction["attention_mask"] + response["attention_mask"] + [1]
    labels = [-100] * len(instruction["input_ids"]) + response["input_ids"] + [tokenizer.pad_token_id]
    return {
        "input_ids": input_ids[:MAX_LENGTH],
        "attention_mask": attention_mask[:MAX_LENGTH],
        "labels": labels[:MAX_LENGTH],
    }


train_df = pd.read_json("MedQA/dataset/medmcqa_train_new_3th.json", lines=True)
train_ds = Dataset.from_pandas(train_df)
train_dataset = train_ds.map(process_func, remove_columns=train_ds.column_names)

config = LoraConfig(
    task_type=TaskType.CAUSAL_LM,
    target_modules=["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
    inference_mode=False,
    r=8,
    lora_alpha=32,
    lora_dropout=0.1,
)
model.enable_input_require_grads()
model = get_peft_model(model, config)

args = TrainingArguments(
    output_dir=output_dir,
    per_device_train_batch_size=1,
    gradient_accumulation_steps=4,
    logging_steps=10,
    num_train_epochs=2,
    save_steps=100,
    learning_rate=1e-4,
    gradient_checkpointing=True,
    report_to="none",
)
trainer = Trainer(
    model=model,
    args=args,
    train_dataset=train_dataset,
    data_collator=DataCollatorForSeq2Seq(tokenizer=tokenizer, padding=True),
)
trainer.train()
trainer.save_model(output_dir)
print(f"saved to {output_dir}")
