import torch
torch.set_float32_matmul_precision("high")
import os
import pandas as pd
from argparse import ArgumentParser
import jsonlines
from tqdm import tqdm
from unsloth import FastLanguageModel, is_bfloat16_supported
from datasets import load_dataset, Dataset
from transformers import TrainingArguments, EarlyStoppingCallback
from trl import SFTTrainer
from dotenv import load_dotenv


# alpaca_prompt = """Below is an instruction that describes a task, paired with an input that provides further context. Write a response that appropriately completes the request.
#
# ### Instruction:
# {}
#
# ### Input:
# {}
#
# ### Response:
# {}"""
#
#
# with open(f"data/zero_shot_cot_prompt.txt", 'r') as file:
#     instruction_file = file.read()

final_prompt = """You are a structured geographic information extractor.
Your task is to read a natural sentence and convert it into a structured YAML representation of the area, entities, their properties, and their relations.

Always follow these rules:
- Only use information explicitly mentioned in the sentence.
- Do not invent data, values, or objects.
- Preserve exact measurements (units, numbers, formats).
- Do not explain or annotate the output - only produce the YAML.

Sentence:
{input}

YAML:
{output}"""


def train(output_name, model_name, train_path, dev_path, epochs, lora_r,lora_alpha, random_state, early_stopping,
          eval_steps, save_steps, auto_batch_size, batch_size, learning_rate, weight_decay, lr_scheduler,
          max_seq_length, dtype, load_in_4bit):
    model, tokenizer = FastLanguageModel.from_pretrained(
        model_name=model_name,
        max_seq_length=max_seq_length,
        dtype=dtype,
        load_in_4bit=load_in_4bit,
        # trust_remote_code=True,
        attn_implementation="eager",
        device_map="auto",
        full_finetuning=False,
        # token = "hf_...", # use one if using gated models like meta-llama/Llama-2-7b-hf
    )

    """We now add LoRA adapters so we only need to update 1 to 10% of all parameters!"""
    model = FastLanguageModel.get_peft_model(
        model,
        r=lora_r,  # Choose any number > 0 ! Suggested 8, 16, 32, 64, 128,
        target_modules=["q_proj", "k_proj", "v_proj", "o_proj",
                        "gate_proj", "up_proj", "down_proj", ],
        lora_alpha=lora_alpha, # 8, 16, 32
        lora_dropout=0,  # Supports any, but = 0 is optimized
        bias="none",  # Supports any, but = "none" is optimized
        # [NEW] "unsloth" uses 30% less VRAM, fits 2x larger batch sizes!
        use_gradient_checkpointing="unsloth",  # True or "unsloth" for very long context
        # random_state=random_state,
        use_rslora=False,  # We support rank stabilized LoRA
        loftq_config=None,  # And LoftQ
    )
def test(output_name, max_seq_length, dtype, load_in_4bit):
    model, tokenizer = FastLanguageModel.from_pretrained(
        model_name=f'models/{output_name}_local',  # YOUR MODEL YOU USED FOR TRAINING
        max_seq_length=max_seq_length,
        dtype=dtype,
        load_in_4bit=load_in_4bit,
        # trust_remote_code=True,
        attn_implementation="eager",
        device_map="auto",
        full_finetuning=False,
    )
