# SFT with LoRA adapters, adapted from the trl example script.
from dataclasses import dataclass, field
from typing import Optional

import torch
from accelerate import Accelerator
from datasets import load_dataset, load_from_disk
from peft import LoraConfig
from transformers import AutoModelForCausalLM, AutoTokenizer, BitsAndBytesConfig, HfArgumentParser
from trl import SFTConfig, SFTTrainer


@dataclass
class Args:
    model_name: Optional[str] = field(default="", metadata={"help": "model to tune"})
    dataset_name: Optional[str] = field(default="", metadata={"help": "train set"})
    eval_dataset_name: Optional[str] = field(default="", metadata={"help": "eval set"})
    dataset_text_field: Optional[str] = field(default="text")
    learning_rate: Optional[float] = field(default=3e-4)
    batch_size: Optional[int] = field(default=32)
    seq_length: Optional[int] = field(default=256)
    grad_accum: Optional[int] = field(default=8)
    load_in_8bit: Optional[bool] = field(default=False)
    load_in_4bit: Optional[bool] = field(default=False)
    use_peft: Optional[bool] = field(default=False)
    output_dir: Optional[str] = field(default="output")
    lora_r: Optional[int] = field(default=8)
    lora_alpha: Optional[int] = field(default=32)
    epochs: Optional[int] = field(default=5)
    push_to_hub: Optional[bool] = field(default=False)
    hub_model_id: Optional[str] = field(default=None)


args = HfArgumentParser(Args).parse_args_into_dataclasses()[0]

if args.load_in_8bit or args.load_in_4bit:
    quant = BitsAndBytesConfig(load_in_8bit=args.load_in_8bit, load_in_4bit=args.load_in_4bit)
    device_map = {"": Accelerator().local_process_index}
    dtype = torch.bfloat16
else:
    quant, device_map, dtype = None, "auto", None

model = AutoModelForCausalLM.from_pretrained(
    args.model_name,
    quantization_config=quant,
    device_map=device_map,
    torch_dtype=dtype,
)
model.config.use_cache = False

try:
    train_set = load_dataset(args.dataset_name, split="train")
except Exception:
    train_set = load_from_disk(args.dataset_name)

try:
    eval_set = load_dataset(args.eval_dataset_name, split=None)
except Exception:
    eval_set = load_from_disk(args.eval_dataset_name)

peft_config = None
if args.use_peft:
    peft_config = LoraConfig(
        task_type="CAUSAL_LM",
        r=args.lora_r,
        lora_alpha=args.lora_alpha,
        lora_dropout=0.05,
        target_modules=["q_proj", "v_proj"],
    )

# tok = LlamaTokenizer.from_pretrained(args.model_name)
tok = AutoTokenizer.from_pretrained("meta-llama/Llama-3.2-1B")
tok.padding_side = 'right'
tok.pad_token = tok.eos_token

sft_cfg = SFTConfig(
    max_seq_length=args.seq_length,
    dataset_text_field=args.dataset_text_field,
    output_dir=args.output_dir,
    per_device_train_batch_size=args.batch_size,
    gradient_accumulation_steps=args.grad_accum,
    learning_rate=args.learning_rate,
    num_train_epochs=args.epochs,
    push_to_hub=args.push_to_hub,
    hub_model_id=args.hub_model_id,
)

trainer = SFTTrainer(
    model=model,
    tokenizer=tok,
    args=sft_cfg,
    train_dataset=train_set,
    eval_dataset=eval_set,
    peft_config=peft_config,
)
trainer.train()
trainer.save_model(args.output_dir)
