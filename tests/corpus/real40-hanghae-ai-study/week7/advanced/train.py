import json
from sklearn.model_selection import train_test_split
from datasets import Dataset, DatasetDict
from transformers import AutoTokenizer, AutoModelForCausalLM, TrainingArguments, Trainer
from peft import LoraConfig, get_peft_model, TaskType
import wandb
import torch
import os

model_name = "google/gemma-3-1b-it"

wandb.init(project='week7_advanced')
wandb.run.name = 'Gemma-advanced-finetuning'

os.environ["PYTORCH_CUDA_ALLOC_CONF"] = "expandable_segments:True"

# corpus.json 불러오기
with open("corpus.json", "r", encoding="utf-8") as f:
    corpus = json.load(f)

train_data, temp_data = train_test_split(corpus, test_size=0.3, random_state=42)
val_data, test_data = train_test_split(temp_data, test_size=1/3, random_state=42)

dataset = DatasetDict({
    "train": Dataset.from_list(train_data),
    "validation": Dataset.from_list(val_data),
    "test": Dataset.from_list(test_data),
})

tokenizer = AutoTokenizer.from_pretrained(model_name)
tokenizer.pad_token = tokenizer.eos_token


def format_and_tokenize(example):
    prompt = f"### Instruction:\n{example['instruction']}\n\n### Input:\n{example['input']}\n\n### Response:\n{example['output']}"
    tokenized = tokenizer(prompt, truncation=True, padding="max_length", max_length=512)
    tokenized["labels"] = tokenized["input_ids"].copy()
    return tokenized


tokenized_dataset = dataset.map(format_and_tokenize, batched=False)

# ✅ 모델 로딩 + LoRA 적용
base_model = AutoModelForCausalLM.from_pretrained(
    model_name,
    attn_implementation="eager",
    torch_dtype=torch.float16,
    device_map="auto"
)
base_model.config.use_cache = False

lora_config = LoraConfig(
    r=8, lora_alpha=16, lora_dropout=0.05, bias="none",
    task_type=TaskType.CAUSAL_LM,
    target_modules=["q_proj", "k_proj", "v_proj", "o_proj"],
)
model = get_peft_model(base_model, lora_config)

training_args = TrainingArguments(
    output_dir="./gemma-lora-finetuned",
    per_device_train_batch_size=2,
    num_train_epochs=3,
    logging_dir="./logs",
    eval_strategy="epoch",
    save_strategy="no",
    report_to="wandb",
    run_name="gemma-lora-tuning",
    learning_rate=1e-4,
    fp16=True,
)

trainer = Trainer(model=model, args=training_args,
                  train_dataset=tokenized_dataset["train"], eval_dataset=tokenized_dataset["validation"])
trainer.train()
trainer.save_model()

with open("after_outputs.json", "w", encoding="utf-8") as f:
    json.dump([], f, ensure_ascii=False, indent=2)
