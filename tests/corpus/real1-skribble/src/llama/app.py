import os

import torch
from datasets import load_dataset
from transformers import TextStreamer, TrainingArguments
from trl import SFTTrainer
from unsloth import FastLanguageModel, is_bfloat16_supported

# token comes from the environment (set HF_TOKEN before running)
max_seq_length = 2048
load_in_4bit = True
alpaca_prompt = """Below is an instruction. Write a response.

### Instruction:
{}

### Input:
{}

### Response:
{}"""

instruction = "How are you feeling today?"
user_input = "I feel happy, I saw my dog."
huggingface_model_name = "mervinpraison/Llama-3.1-8B-bnb-4bit-python"

model, tokenizer = FastLanguageModel.from_pretrained(
    model_name = "unsloth/Meta-Llama-3.1-8B-bnb-4bit",
    max_seq_length = max_seq_length,
    dtype = None,
    load_in_4bit = load_in_4bit,
    token = os.getenv("HF_TOKEN")
)

FastLanguageModel.for_inference(model)
batch = tokenizer([alpaca_prompt.format(instruction, user_input, "")], return_tensors = "pt").to("cuda")
_ = model.generate(**batch, streamer = TextStreamer(tokenizer), max_new_tokens = 200)

EOS = tokenizer.eos_token


def fmt(rows):
    return {"text": [alpaca_prompt.format(i, x, o) + EOS
                     for i, x, o in zip(rows["instruction"], rows["input"], rows["output"])]}


dataset = load_dataset("iamtarun/python_code_instructions_18k_alpaca", split = "train")
dataset = dataset.map(fmt, batched = True)

model = FastLanguageModel.get_peft_model(
    model,
    r = 16,
    target_modules = ["q_proj", "k_proj", "v_proj", "o_proj"],
    lora_alpha = 16,
    use_gradient_checkpointing = "unsloth",
    random_state = 3407,
)

trainer = SFTTrainer(
    model = model,
    tokenizer = tokenizer,
    train_dataset = dataset,
    dataset_text_field = "text",
    max_seq_length = max_seq_length,
    args = TrainingArguments(
        per_device_train_batch_size = 2,
        gradient_accumulation_steps = 4,
        max_steps = 100,
        learning_rate = 2e-4,
        fp16 = not is_bfloat16_supported(),
        bf16 = is_bfloat16_supported(),
        optim = "adamw_8bit",
        output_dir = "outputs",
    ),
)
stats = trainer.train()
print(f"{stats.metrics['train_runtime']} seconds, peak {torch.cuda.max_memory_reserved() / 1e9:.2f} GB")

model.save_pretrained("lora_model")
tokenizer.save_pretrained("lora_model")
model.push_to_hub(huggingface_model_name, token = os.getenv("HF_TOKEN"))
tokenizer.push_to_hub(huggingface_model_name, token = os.getenv("HF_TOKEN"))

if True: model.save_pretrained_merged("model", tokenizer, save_method = "merged_16bit",)
if True: model.push_to_hub_merged(huggingface_model_name, tokenizer, save_method = "merged_16bit", token = os.getenv("HF_TOKEN"))
