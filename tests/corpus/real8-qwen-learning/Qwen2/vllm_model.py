# vllm_model.py
import os

from transformers import AutoTokenizer
from vllm import LLM, SamplingParams

# 自动下载模型时走 modelscope；不设置则从 huggingface 下载
os.environ['VLLM_USE_MODELSCOPE'] = 'True'


def get_completion(prompts, model, tokenizer=None, max_tokens=512, temperature=0.8, top_p=0.95, max_model_len=2048):
    stop_token_ids = [151329, 151336, 151338]
    params = SamplingParams(temperature=temperature, top_p=top_p, max_tokens=max_tokens, stop_token_ids=stop_token_ids)
    llm = LLM(model=model, tokenizer=tokenizer, max_model_len=max_model_len, trust_remote_code=True)
    return llm.generate(prompts, params)


if __name__ == "__main__":
    model = '/root/autodl-tmp/qwen/Qwen2-7B-Instruct'  # 本地模型路径
    # model = "qwen/Qwen2-7B-Instruct"  # 写模型名则自动下载
    tokenizer = None
    # tokenizer = AutoTokenizer.from_pretrained(model, use_fast=False)

    text = ["你好，帮我介绍一下什么是大语言模型。", "可以给我讲一个有趣的童话故事吗？"]
    for out in get_completion(text, model, tokenizer=tokenizer, temperature=1, top_p=1):
        print(f"Prompt: {out.prompt!r}, Generated text: {out.outputs[0].text!r}")
