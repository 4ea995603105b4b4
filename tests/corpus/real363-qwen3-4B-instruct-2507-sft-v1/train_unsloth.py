"""SFT+QLoRA for CUAD clause extraction with unsloth.

Mirrors cuad-qlora.yaml (axolotl run #1) on the same prepared data: same
LoRA shape, same optimization recipe, so speed/quality are comparable.
"""

# unsloth must be imported before transformers/trl: it patches them on import
from unsloth import FastLanguageModel
from unsloth.chat_templates import train_on_responses_only

import json

from datasets import load_dataset
from huggingface_hub import hf_hub_download
from trl import SFTTrainer, SFTConfig

MAX_SEQ = 5120
DATA = "dataset/prepared-v3"  # v3: numbered passages + [n]-cited quotes
OUT = "outputs/cuad-unsloth-v3"


def build_trainer():
    """Model + data + trainer, exactly as training runs them.

    check_masking.py imports this so the label check inspects the real
    pipeline instead of a re-implementation of it.
    """
    # original Qwen repo, not the unsloth mirror, for parity with run #1
    model, tokenizer = FastLanguageModel.from_pretrained(
        model_name="Qwen/Qwen3-4B-Instruct-2507",
        max_seq_length=MAX_SEQ,
        load_in_4bit=True,
        dtype=None,  # auto-detects bf16 on the 4090
    )

    # unsloth swaps in its generic qwen3 template, which injects empty
    # <think></think> blocks this non-thinking model never emits; pin the
    # template from the model repo's own tokenizer_config.json instead
    cfg = hf_hub_download("Qwen/Qwen3-4B-Instruct-2507", "tokenizer_config.json")
    with open(cfg) as f:
        tokenizer.chat_template = json.load(f)["chat_template"]

    # same adapter shape as run #1: r16/alpha32 on all linear layers
    model = FastLanguageModel.get_peft_model(
        model,
        r=16,
        lora_alpha=32,
        lora_dropout=0.0,
        target_modules=[
            "q_proj", "k_proj", "v_proj", "o_proj",
            "gate_proj", "up_proj", "down_proj",
        ],
        bias="none",
        use_gradient_checkpointing="unsloth",  # their activation offloading
        random_state=0,
    )

    # render each messages list into one training string with the model's own
    # chat template — the same text axolotl's tokenizer_default produced
    def render(row):
        text = tokenizer.apply_chat_template(
            row["messages"], tokenize=False, add_generation_prompt=False
        )
        return {"text": text}

    data = load_dataset(
        "json",
        data_files={
            "train": f"{DATA}/train.jsonl",
            "eval": f"{DATA}/val.jsonl",
        },
    )
