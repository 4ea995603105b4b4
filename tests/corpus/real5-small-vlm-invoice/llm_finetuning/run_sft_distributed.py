from dataclasses import dataclass, field

import torch
from accelerate import PartialState
from datasets import load_dataset
from peft import LoraConfig
from transformers import AutoModelForCausalLM, AutoTokenizer, BitsAndBytesConfig, HfArgumentParser, TrainingArguments
from trl import SFTTrainer


@dataclass
class ScriptArguments:
    dataset_path: str = field(default=None, metadata={"help": "e.g. /opt/ml/input/data/train_dataset.json"})
    model_id: str = field(default=None, metadata={"help": "model to fine-tune"})
    max_seq_length: int = field(default=512)
    use_qlora: bool = field(default=False)


if __name__ == "__main__":
    script_args, train_args = HfArgumentParser((ScriptArguments, TrainingArguments)).parse_args_into_dataclasses()
    rank = PartialState().process_index
    data = load_dataset("json", data_files=script_args.dataset_path, split="train")
    dtype = torch.bfloat16 if train_args.bf16 else torch.float32
    quant = BitsAndBytesConfig(
        load_in_4bit=True, bnb_4bit_use_double_quant=True, bnb_4bit_quant_type="nf4", bnb_4bit_compute_dtype=dtype
    ) if script_args.use_qlora else None
    model = AutoModelForCausalLM.from_pretrained(
        script_args.model_id, device_map={"": rank}, attn_implementation="flash_attention_2",
        torch_dtype=dtype, quantization_config=quant,
    )
    tok = AutoTokenizer.from_pretrained(script_args.model_id, use_fast=True)
    tok.pad_token = tok.eos_token
    lora = LoraConfig(lora_alpha=8, lora_dropout=0.05, r=16, bias="none", target_modules="all-linear", task_type="CAUSAL_LM")
    trainer = SFTTrainer(model=model, args=train_args, train_dataset=data, peft_config=lora,
                         max_seq_length=script_args.max_seq_length, tokenizer=tok, packing=True)
    trainer.train()
    trainer.model.save_pretrained("/opt/ml/model", safe_serialization=True)
