# recipe adapted from https://huggingface.co/blog/mlabonne/sft-llama3
# on Windows with UnicodeDecodeError: set PYTHONUTF8=1
import json
import os

os.environ["TORCHDYNAMO_DISABLE"] = "1"

import unsloth  # noqa: F401
from datasets import load_dataset
from transformers import TrainingArguments
from trl import SFTTrainer
from unsloth import FastLanguageModel, is_bfloat16_supported
from unsloth.chat_templates import get_chat_template

LABELS = (
    "(AMBIENCE#GENERAL, POSITIVE), (DRINKS#PRICES, NEGATIVE), (FOOD#QUALITY, POSITIVE), "
    "(SERVICE#GENERAL, NEGATIVE), (RESTAURANT#PRICES, NEUTRAL)"
)


def with_system(msgs):
    sys_msg = f"You label aspect sentiment. Allowed pairs: {LABELS}"
    if msgs[0]["role"] == "system":
        msgs[0]["content"] = sys_msg
        return msgs
    return [{"role": "system", "content": sys_msg}] + msgs


def to_text(batch):
    return {"text": [tokenizer.apply_chat_template(with_system(m), tokenize=False) + tokenizer.eos_token
                     for m in batch["messages"]]}


seq_len = 2048
base_model, tokenizer = FastLanguageModel.from_pretrained(
    model_name="unsloth/Meta-Llama-3.1-8B-bnb-4bit",
    max_seq_length=seq_len,
    load_in_4bit=True,
    dtype=None,
)

model = FastLanguageModel.get_peft_model(
    base_model,
    r=16,
    lora_alpha=16,
    target_modules=["q_proj", "k_proj", "v_proj", "o_proj"],
    use_rslora=True,
    use_gradient_checkpointing="unsloth",
)
tokenizer = get_chat_template(tokenizer, chat_template="chatml")

data = load_dataset("json", data_files={"train": "data/rest-16/llama_train_chatml.jsonl", "test": "data/rest-16/llama_test_chatml.jsonl"})
data = data.map(to_text, batched=True)

trainer = SFTTrainer(
    model=model,
    tokenizer=tokenizer,
    train_dataset=data['train'],
    eval_dataset=data['test'],
    dataset_text_field="text",
    max_seq_length=seq_len,
    packing=True,
    args=TrainingArguments(
        learning_rate=2e-4,
        per_device_train_batch_size=8,
        num_train_epochs=2,
        fp16=not is_bfloat16_supported(),
        bf16=is_bfloat16_supported(),
        optim="adamw_8bit",
        output_dir="output/llama_output_3_categories_low_lr",
        eval_strategy="steps",
        eval_steps=50,
        seed=0,
    ),
)
trainer.train()

with open("output/llama_output_3_categories_low_lr/eval_results.json", "w") as fh:
    json.dump(trainer.evaluate(), fh, indent=2)

model.save_pretrained("lora_adapter", save_adapter=True, save_config=True)
merged = model.merge_and_unload()
merged.save_pretrained("merged_model_3_low_lr_categories", max_shard_size="10GB")
tokenizer.save_pretrained("merged_model_3_low_lr_categories")
