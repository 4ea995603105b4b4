import base64
import logging
import os
import time
from io import BytesIO

import numpy as np
import openai
import tiktoken
from openai import AzureOpenAI

client = AzureOpenAI(
    azure_endpoint="https://yuncong.openai.azure.com/",
    api_key=os.getenv('AZURE_OPENAI_KEY'),
    api_version="2024-02-15-preview",
)
enc = tiktoken.get_encoding("o200k_base")

SYS = "Task: you are an agent in an indoor scene answering questions by looking around and exploring."


def to_parts(items):
    parts = []
    for it in items:
        parts.append({"type": "text", "text": it[0]})
        if len(it) == 2:
            parts.append({"type": "image_url", "image_url": {"url": f"data:image/jpeg;base64,{it[1]}", "detail": "high"}})
    return parts


def ask(sys_prompt, items, choices, tries=5):
    msgs = [{"role": "system", "content": sys_prompt}, {"role": "user", "content": to_parts(items)}]
    bias = {str(enc.encode(c)[0]): 100 for c in choices}
    for _ in range(tries):
        try:
            return client.chat.completions.create(
                model="gpt-4o",  # the Azure deployment name
                messages=msgs,
                temperature=0,
                max_tokens=1,
                logprobs=True,
                top_logprobs=5,
                logit_bias=bias,
            )
        except openai.RateLimitError:
            time.sleep(30)
        except Exception as exc:
            print("error:", exc)
            time.sleep(60)
    return None


def top_probs(resp):
    return {t.token: t.logprob for t in resp.choices[0].logprobs.content[0].top_logprobs}


def softmax_over(cands, logp):
    s = np.array([logp.get(c, -1e4) for c in cands])
    return np.exp(s) / np.sum(np.exp(s))


def img_b64(img):
    buf = BytesIO()
    img.save(buf, format="PNG")
    return base64.b64encode(buf.getvalue()).decode("utf-8")


def get_confidence(question, img):
    items = [("Here is the current view.", img_b64(img)),
             (f"\nQuestion: '{question}'. Can you answer it confidently from this view?\nAnswer \"Yes\" or \"No\"\n",)]
    cands = ["Yes", "No"]
    logp = {}
    for _ in range(3):
        resp = ask(SYS, items, cands)
        if resp is None:
            continue
        logp = top_probs(resp)
        if set(cands) <= set(logp):
            break
    logging.info(f"VLM output: {logp}")
    return softmax_over(cands, logp)


def get_directions(question, img, cands):
    items = [("Here is the current view.", img_b64(img)),
             (f"\nQuestion: '{question}'. Which direction would you explore? Answer with one of {','.join(cands)} only.\n",)]
    logp = {}
    for _ in range(3):
        resp = ask(SYS, items, cands)
        if resp is None:
            continue
        logp = top_probs(resp)
        if set(cands) <= set(logp):
            break
    return softmax_over(cands, logp)
