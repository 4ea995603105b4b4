import re

import pandas as pd
from datasets import load_dataset
from tqdm import tqdm
from unsloth import FastLanguageModel

model_type = "phi-3"  # llama, phi-3, gemma

model, tokenizer = FastLanguageModel.from_pretrained(
    model_name = "saracandu/phi3-mini-rebus-solver-adapters-grpo",
    max_seq_length = 1248,
    dtype = None,
)
FastLanguageModel.for_inference(model)

test_ds = load_dataset('gsarti/eureka-rebus', 'llm_sft', data_files=["id_test.jsonl", "ood_test.jsonl"], split = "train")

RX_SOLUTION = r"Soluzione: (.*)"
RX_FIRST = r"Prima lettura: (.*)"


def parse(idx, text):
    sol = re.findall(RX_SOLUTION, text)
    first = re.findall(RX_FIRST, text)
    return {"idx": idx, "solution": sol[0] if sol else "", "first_pass": first[0] if first else ""}


tokenizer.padding_side = "right" if model_type == "llama" else "left"

rows = []
bs = 128
for start in tqdm(range(0, len(test_ds), bs)):
    chunk = test_ds[start:start + bs]
    msgs = [[conv[0]] for conv in chunk["conversations"]]
    enc = tokenizer.apply_chat_template(msgs, tokenize=True, add_generation_prompt=True,
                                        return_tensors="pt", padding=True, return_dict=True)
    out = model.generate(**{k: v.to("cuda") for k, v in enc.items()}, max_new_tokens=500)
    for j, txt in enumerate(tokenizer.batch_decode(out)):
        rows.append(parse(start + j, txt))

pd.DataFrame(rows).to_csv("phi3_mini_results_step_750.csv")
