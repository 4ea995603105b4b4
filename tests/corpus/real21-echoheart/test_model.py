import argparse

import torch
from peft import PeftModel
from rich.console import Console
from transformers import AutoModelForCausalLM, AutoTokenizer, BitsAndBytesConfig

console = Console()


def main(base_model_name, adapter_path):
    quantization_config = BitsAndBytesConfig(
        load_in_4bit=True,
        bnb_4bit_quant_type="nf4",
        bnb_4bit_compute_dtype=torch.bfloat16,
        bnb_4bit_use_double_quant=True,
    )
    base_model = AutoModelForCausalLM.from_pretrained(
        base_model_name, quantization_config=quantization_config, trust_remote_code=True, device_map="auto"
    )
    model = PeftModel.from_pretrained(base_model, adapter_path)
    try:
        tokenizer = AutoTokenizer.from_pretrained(adapter_path, trust_remote_code=True)
    except Exception:
        tokenizer = AutoTokenizer.from_pretrained(base_model_name, trust_remote_code=True)
    model.eval()
    for prompt in ["EchoHeart是什么？", "你的开发者是谁？", "你会做什么？"]:
        text = tokenizer.apply_chat_template([{"role": "user", "content": prompt}], tokenize=False,
                                             add_generation_prompt=True)
        ids = tokenizer([text], return_tensors="pt").to(model.device)
        out = model.generate(ids.input_ids, attention_mask=ids.attention_mask, max_new_tokens=256)
        console.print(tokenizer.decode(out[0][ids.input_ids.shape[1]:], skip_special_tokens=True))


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="测试 QLoRA 微调后的模型（非交互式）")
    parser.add_argument("--base_model_name", type=str, required=True,
                        help="基础模型的名称或路径 (例如 Qwen/Qwen2.5-1.5B-Instruct)")
    parser.add_argument("--adapter_path", type=str, required=True,
                        help="保存 LoRA 适配器的路径 (例如 output/qwen2-1.5b-qlora-ft)")
    args = parser.parse_args()
    main(args.base_model_name, args.adapter_path)
