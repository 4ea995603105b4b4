# -*- coding: utf-8 -*-
import ast
import gc
import multiprocessing
import os
import random

import pandas as pd
import torch
from openai import OpenAI
from sklearn.metrics import accuracy_score, f1_score, precision_score, recall_score
from tqdm import tqdm
from vllm import LLM, SamplingParams

system_prompt = """
You are a medical answer judge. Given a question and an answer, decide whether the answer contains
non-factual or hallucinated information. Answer '0' if factual, '1' if hallucinated and `2` if unsure.
"""


def create_prompt(question, option1, knowledge=None):
    head = f"World Knowledge: {knowledge}\n" if knowledge else ""
    return f"{head}Question: {question}\nAnswer: {option1}\n\nReturn just the answer (0, 1 or 2).\nYour Judgement:\n"


def clear_gpu_memory():
    if torch.cuda.is_available():
        torch.cuda.empty_cache()
        gc.collect()


def parse(answer: str) -> int:
    a = answer.lower()
    if any(x in a for x in ["1", "not", "non"]):
        return 1
    if any(x in a for x in ["not sure", "pass", "skip", "2"]):
        return 2
    return 0


def run_evaluation(model_config, df, use_knowledge=False):
    prompts, truth = [], []
    for i in range(len(df)):
        knowledge = None
        if use_knowledge:
            try:
                knowledge = ast.literal_eval(df.loc[i, "Knowledge"])["contexts"]
            except Exception:
                knowledge = ""
        pick = random.randint(0, 1)
        truth.append(pick)
        chosen = [df.loc[i, "Ground Truth"], df.loc[i, "Hallucinated Answer"]][pick]
        prompts.append([{"role": "user", "content": f"{system_prompt} {create_prompt(df.loc[i, 'Question'], chosen, knowledge)}"}])

    answers = []
    if model_config["type"] == "hf":
        llm = LLM(model=model_config["model_name"], tensor_parallel_size=4, trust_remote_code=True,
                  gpu_memory_utilization=0.85, dtype=torch.float16)
        tokenizer = llm.get_tokenizer()
        params = SamplingParams(temperature=0.01, top_p=0.95, max_tokens=2048)
        texts = [tokenizer.apply_chat_template(p, add_generation_prompt=True, tokenize=False) for p in prompts]
        answers = [o.outputs[0].text.strip() for o in llm.generate(texts, params)]
        del llm, tokenizer
    else:
        client = OpenAI(base_url="http://localhost:8901/v1", api_key="EMPTY")
        for chat in tqdm(prompts, desc=f"API request ({model_config['model_name']})"):
            try:
                r = client.chat.completions.create(model=model_config["model_name"], messages=chat, max_tokens=4, temperature=0.01)
                answers.append(r.choices[0].message.content.strip())
            except Exception as e:
                print(f"API failed: {str(e)[:200]}")
                answers.append("2")

    pred = [parse(a) for a in answers]
    keep = [i for i, p in enumerate(pred) if p != 2]
    y, p = [truth[i] for i in keep], [pred[i] for i in keep]
    return pd.DataFrame([{
        "Model Name": model_config["model_name"],
        "Knowledge": "Yes" if use_knowledge else "No",
        "accuracy": accuracy_score(y, p) if keep else 0,
        "precision": precision_score(y, p, zero_division=0) if keep else 0,
        "recall": recall_score(y, p, zero_division=0) if keep else 0,
        "f1": f1_score(y, p, zero_division=0) if keep else 0,
    }])


def evaluate_model_subprocess(model_config, use_knowledge, df_path, csv_path):
    try:
        result = run_evaluation(model_config, pd.read_parquet(df_path), use_knowledge)
        result.to_csv(csv_path, mode="a" if os.path.exists(csv_path) else "w", header=not os.path.exists(csv_path), index=False)
    finally:
        clear_gpu_memory()


def main():
    df_path = "./medhallu/data/detect_data.parquet"
    csv_path = "./medhallu/data/res.csv"

    models = [
        {'type': 'openai', 'model_name': 'qwen25-7b-ckpt'}
    ]

    for model_config in models:
        for use_knowledge in [False, True]:
            proc = multiprocessing.Process(target=evaluate_model_subprocess, args=(model_config, use_knowledge, df_path, csv_path))
            proc.start()
            proc.join()
    print(f"All results saved to {csv_path}")


if __name__ == "__main__":
    main()
