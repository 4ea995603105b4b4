import argparse
import json
import multiprocessing
import os
import random
import time
from functools import partial

import pandas as pd
import requests
import torch
from sklearn.metrics import accuracy_score


def get_parser():
    p = argparse.ArgumentParser()
    p.add_argument("--model-name", type=str,
                   choices=("gpt-4-1106-preview", "gpt-3.5-turbo-0613", "llama-2-13b-chat", "vicuna-13b"),
                   default=None)
    p.add_argument("--data-type", type=str, choices=("self", "position", "verbosity"), default=None)
    p.add_argument("--infer-mode", type=str, choices=("pairwise", "pointwise"), default="pairwise")
    p.add_argument("--data-path", type=str, default="./test_data")
    p.add_argument("--max-new-token", type=int, default=512)
    p.add_argument("--temperature", type=float, default=0.0)
    p.add_argument("--top-p", type=float, default=1.0)
    p.add_argument("--process-num", type=int, default=10)
    return p


@torch.inference_mode()
def vllm_generate(model_path, prompts, max_new_token=16, temperature=0.0, top_p=1.0):
    import vllm
    engine = vllm.LLM(model=model_path, tensor_parallel_size=1, dtype="bfloat16")
    params = vllm.SamplingParams(temperature=temperature, max_tokens=max_new_token, top_p=top_p)
    return [o.outputs[0].text for o in engine.generate(prompts, params)]


def ask_gpt(prompt, model, temperature, max_new_tokens):
    endpoint = "https://www.qwopenai.com/v1/chat/completions"
    # endpoint = "https://api.ai-gaochao.cn/v1/chat/completions"
    headers = {"Content-Type": "application/json", "Authorization": f"Bearer {os.environ.get('PROXY_KEY', 'sk-...')}"}
    for _ in range(5):
        try:
            body = {"model": model, "messages": [{"role": "user", "content": prompt}]}
            reply = requests.post(endpoint, headers=headers, data=json.dumps(body)).json()
            return reply["choices"][0]["message"]["content"].strip()
        except Exception:
            time.sleep(5)
    return ""


def read_split(data_type, model_name):
    if data_type == "self":
        win, los = f"test_data/self_win_{model_name}.csv", f"test_data/self_los_{model_name}.csv"
    elif data_type == "verbosity":
        win, los = "test_data/verbo_win.csv", "test_data/verbo_los.csv"
    else:
        win, los = "test_data/left_win.csv", "test_data/left_los.csv"
    return {"win": pd.read_csv(win), "los": pd.read_csv(los)}


PAIRWISE = ("[System]\nAct as an impartial judge and decide which assistant answered the question better. "
            "Ignore order, length and names. Output \"[[A]]\", \"[[B]]\" or \"[[C]]\" for a tie.\n"
            "[User Question]\n{question}\n[Assistant A]\n{answer_a}\n[Assistant B]\n{answer_b}")


def verdict(text):
    return [1, 0] if "[[A]]" in text else [0, 1] if "[[B]]" in text else [1, 1] if "[[C]]" in text else [0, 0]


def to_wins(pairs):
    return [1 if a > b else -1 if b > a else 0 for a, b in pairs]


if __name__ == "__main__":
    random.seed(42)
    args = get_parser().parse_args()
    data = read_split(args.data_type, args.model_name)
    scores = {}
    for split, frame in data.items():
        prompts = [PAIRWISE.format(question=r["prompt"], answer_a=r["response_a"], answer_b=r["response_b"])
                   for _, r in frame.iterrows()]
        gold = [[1, 0] if r["winner_model_a"] else [0, 1] if r["winner_model_b"] else [1, 1] for _, r in frame.iterrows()]
        if "gpt" not in args.model_name:
            preds = vllm_generate(os.path.join("models", args.model_name), prompts, args.max_new_token,
                                  args.temperature, args.top_p)
        else:
            with multiprocessing.Pool(args.process_num) as pool:
                preds = pool.map(partial(ask_gpt, model=args.model_name, temperature=args.temperature,
                                         max_new_tokens=args.max_new_token), prompts)
        scores[split] = accuracy_score(to_wins(gold), to_wins([verdict(p) for p in preds]))
    print(f"Model: {args.model_name}, win acc {scores['win']:.3f}, lose acc {scores['los']:.3f}, "
          f"diff {scores['win'] - scores['los']:.3f}")
