from transformers import AutoModelForCausalLM, AutoTokenizer, TrainingArguments, Trainer
from peft import LoraConfig, get_peft_model
from datasets import load_dataset
import torch

# base checkpoint and where the adapter goes
BASE_MODEL = "Qwen/Qwen2-1.5B"
OUTPUT_DIR = "./lora-ux-qwen2"

# local prompt/response pairs
dataset = load_dataset("json", data_files={"train": "./train.jsonl"})

tokenizer = AutoTokenizer.from_pretrained(BASE_MODEL, trust_remote_code=True)
tokenizer.pad_token = tokenizer.eos_token


def preprocess(examples):
    texts = [f"### Question: {q}\n### Answer: {a}" for q, a in zip(examples["prompt"], examples["response"])]
    tokens = tokenizer(texts, truncation=True, max_length=1024, padding="max_length")
    tokens["labels"] = tokens["input_ids"].copy()
    return tokens


dataset = dataset.map(preprocess, batched=True)

lora_config = LoraConfig(
    r=8,
    lora_alpha=16,
    target_modules=["q_proj", "v_proj"],
    lora_dropout=0.05,
    bias="none",
    task_type="CAUSAL_LM"
)

# bf16 works on Apple silicon where fp16 is flaky
model = AutoModelForCausalLM.from_pretrained(
    BASE_MODEL,
    torch_dtype=torch.bfloat16,
    device_map="auto",
    low_cpu_mem_usage=True,
    trust_remote_code=True
)
model = get_peft_model(model, lora_config)

args = TrainingArguments(
    output_dir=OUTPUT_DIR,
    per_device_train_batch_size=1,
    gradient_accumulation_steps=4,
    learning_rate=2e-4,
    num_train_epochs=2,
    bf16=True,
    save_total_limit=1,
    logging_steps=10,
    save_strategy="epoch",
)

trainer = Trainer(model=model, args=args, train_dataset=dataset["train"], tokenizer=tokenizer)
trainer.train()

model.save_pretrained(OUTPUT_DIR)
tokenizer.save_pretrained(OUTPUT_DIR)
print("adapter saved to", OUTPUT_DIR)
