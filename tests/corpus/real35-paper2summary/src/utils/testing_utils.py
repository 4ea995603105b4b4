import os
import torch
from transformers import AutoTokenizer, LlamaForCausalLM, pipeline

from config import GlobalConfig
from paper_dataset import load_scientific_papers


global_config = GlobalConfig()
os.environ["CUDA_VISIBLE_DEVICES"] = global_config.device
SYSTEM_MSG = {
    "role": "system",
    "content": "You are a scientific paper summarization assistant. Cover the problem, "
    "the method, the results and the conclusions in one abstract.",
}


def setup_testing(model_path):
    model = LlamaForCausalLM.from_pretrained(
        model_path,
        torch_dtype=torch.bfloat16,
        device_map="auto",
        attn_implementation="sdpa",
        low_cpu_mem_usage=True,
    )
    tokenizer = AutoTokenizer.from_pretrained(model_path, use_fast=True)
    tokenizer.pad_token = tokenizer.eos_token

    summarizer = pipeline(
        "text-generation",
        model=model,
        tokenizer=tokenizer,
        torch_dtype=torch.bfloat16,
        device_map="auto",
    )
    dataset = load_scientific_papers("test")
    return summarizer, dataset


def test_single_sample(summarizer, dataset, index):
    sample = dataset[index]
    article, abstract = sample["article"], sample["abstract"]
    input_text = (
        "Summarize this scientific paper into an abstract that covers, in order, the "
        "objective, the approach, the key results and the conclusions.\n\n"
        f"Paper:\n{article}\n\nWrite a single paragraph."
    )
    messages = [SYSTEM_MSG, {"role": "user", "content": input_text}]
    outputs = summarizer(
        messages,
        max_new_tokens=210,
        min_new_tokens=100,
        num_beams=4,
        repetition_penalty=1.2,
        no_repeat_ngram_size=3,
    )
    summary = outputs[0]["generated_text"][-1]["content"]
    return abstract, summary
