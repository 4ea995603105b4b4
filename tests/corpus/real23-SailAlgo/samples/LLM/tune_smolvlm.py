import gc
import time

import torch
from datasets import load_dataset
from peft import LoraConfig, get_peft_model
from transformers import AutoProcessor, BitsAndBytesConfig, Idefics3ForConditionalGeneration
from trl import SFTConfig, SFTTrainer

system_message = """You are a Vision Language Model specialized in interpreting visual data from chart images.
Focus on delivering accurate, succinct answers based on the visual information."""


def format_data(sample):
    return [
        {"role": "system", "content": [{"type": "text", "text": system_message}]},
        {"role": "user", "content": [{"type": "image", "image": sample["image"]},
                                     {"type": "text", "text": sample["query"]}]},
        {"role": "assistant", "content": [{"type": "text", "text": sample["label"][0]}]},
    ]


dataset_id = "HuggingFaceM4/ChartQA"
train_dataset, eval_dataset, test_dataset = load_dataset(
    dataset_id, split=["train[:10%]", "val[:10%]", "test[:10%]"]
)
train_dataset = [format_data(s) for s in train_dataset]
eval_dataset = [format_data(s) for s in eval_dataset]


def clear_memory():
    gc.collect()
    time.sleep(2)
    torch.cuda.empty_cache()


clear_memory()

model_id = "data/pretrained/SmolVLM-Instruct"

bnb_config = BitsAndBytesConfig(
    load_in_4bit=True,
    bnb_4bit_use_double_quant=True,
    bnb_4bit_quant_type="nf4",
    bnb_4bit_compute_dtype=torch.bfloat16,
)
model = Idefics3ForConditionalGeneration.from_pretrained(
    model_id,
    device_map="auto",
    torch_dtype=torch.bfloat16,
    quantization_config=bnb_config,
)
processor = AutoProcessor.from_pretrained(model_id)

peft_config = LoraConfig(r=8, lora_alpha=8, lora_dropout=0.1,
                         target_modules=["down_proj", "o_proj", "k_proj", "q_proj"],
                         use_dora=True, init_lora_weights="gaussian")
peft_model = get_peft_model(model, peft_config)

training_args = SFTConfig(
    output_dir="data/result/smolvlm-instruct-trl-sft-ChartQA",
    num_train_epochs=1,
    per_device_train_batch_size=4,
    gradient_accumulation_steps=4,
    learning_rate=1e-4,
    optim="adamw_torch_fused",
    bf16=True,
    push_to_hub=False,
    report_to="tensorboard",
    remove_unused_columns=False,
    dataset_text_field="",
    dataset_kwargs={"skip_prepare_dataset": True},
)


def collate_fn(examples):
    texts = [processor.apply_chat_template(e, tokenize=False) for e in examples]
    images = [[e[1]["content"][0]["image"].convert("RGB")] for e in examples]
    batch = processor(text=texts, images=images, return_tensors="pt", padding=True)
    labels = batch["input_ids"].clone()
    labels[labels == processor.tokenizer.pad_token_id] = -100
    batch["labels"] = labels
    return batch


trainer = SFTTrainer(
    model=model,
    args=training_args,
    train_dataset=train_dataset,
    eval_dataset=eval_dataset,
    data_collator=collate_fn,
    peft_config=peft_config,
    tokenizer=processor.tokenizer,
)
trainer.train()
trainer.save_model()
print(trainer.evaluate())
