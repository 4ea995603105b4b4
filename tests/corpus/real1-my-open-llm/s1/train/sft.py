import logging
import os
from dataclasses import asdict, dataclass, field
from typing import Optional

import torch
import transformers
import trl
from datasets import load_dataset

logging.basicConfig(level=logging.INFO)


@dataclass
class RunConfig:
    model_name: str = field(default="Qwen/Qwen2.5-32B-Instruct")
    block_size: int = field(default=32768)
    wandb_project: Optional[str] = field(default="s1")
    wandb_entity: Optional[str] = field(default="hashimoto-group")
    train_file_path: Optional[str] = field(default='simplescaling/s1K_tokenized')

    def __post_init__(self):
        os.environ['WANDB_PROJECT'] = self.wandb_project
        os.environ['WANDB_ENTITY'] = self.wandb_entity


def main():
    parser = transformers.HfArgumentParser((RunConfig, trl.SFTConfig))
    cfg, targs = parser.parse_args_into_dataclasses()
    logging.info("config: %s", {**asdict(cfg), **asdict(targs)})

    if "70B" in cfg.model_name:
        model = transformers.AutoModelForCausalLM.from_pretrained(
            cfg.model_name, device_map="auto", torch_dtype="auto", use_cache=False
        )
    else:
        model = transformers.AutoModelForCausalLM.from_pretrained(cfg.model_name, torch_dtype=torch.bfloat16)

    data = load_dataset(cfg.train_file_path)
    tok = transformers.AutoTokenizer.from_pretrained(cfg.model_name, use_fast=True)
    if "Llama" in cfg.model_name:
        instr, resp = "<|start_header_id|>user<|end_header_id|>", "<|start_header_id|>assistant<|end_header_id|>\n\n"
        tok.pad_token = "<|reserved_special_token_5|>"
    else:
        instr, resp = "<|im_start|>user", "<|im_start|>assistant\n"
        tok.pad_token = "<|fim_pad|>"

    collator = trl.DataCollatorForCompletionOnlyLM(
        instruction_template=instr, response_template=resp, tokenizer=tok, mlm=False
    )
    targs.dataset_text_field = 'text'
    targs.max_seq_length = cfg.block_size
    trainer = trl.SFTTrainer(
        model,
        train_dataset=data['train'],
        eval_dataset=data['test'] if 'test' in data else data['train'],
        args=targs,
        data_collator=collator,
    )
    trainer.train()
    trainer.save_model(output_dir=targs.output_dir)
    tok.save_pretrained(targs.output_dir)


if __name__ == "__main__":
    main()
