import os
import torch
from huggingface_hub import login
from transformers import (
    AutoTokenizer,
    AutoModelForCausalLM,
    BitsAndBytesConfig
)

# read the token from the environment (export HF_TOKEN=... in .bashrc)
hf_token = os.getenv("HF_TOKEN")
assert hf_token, "HF_TOKEN must be set"
login(token=hf_token)


def load_model_and_tokenizer(model_name="meta-llama/Meta-Llama-3-8B"):
    tokenizer = AutoTokenizer.from_pretrained(
        model_name,
        trust_remote_code=True,
        padding_side="right"
    )
    tokenizer.add_special_tokens({
        "additional_special_tokens": ["<|begin_of_text|>", "<|eot_id|>"]
    })
    tokenizer.pad_token = tokenizer.eos_token

    bnb_config = BitsAndBytesConfig(
        load_in_4bit=True,
        bnb_4bit_quant_type="nf4",
        bnb_4bit_compute_dtype=torch.float16,
        bnb_4bit_use_double_quant=False
    )

    model = AutoModelForCausalLM.from_pretrained(
        model_name,
        quantization_config=bnb_config,
        device_map="auto",
        trust_remote_code=True
    )
    model.config.use_cache = False
    return model, tokenizer
