import argparse
import os

import huggingface_hub
import pandas as pd
from datasets import load_dataset
from litellm import batch_completion
from tqdm import tqdm

from data import answer_in_last_sentence, generate_queries_litellm, generate_queries_local, parse_boxed_value
from models import litellm_models, load_vllm_model

parser = argparse.ArgumentParser(description="Generate predictions and save results to CSV.")
parser.add_argument('--token', type=str, required=True)
parser.add_argument('--cats', nargs='+', default=['MATH', 'GSM8K', 'OMNI_MATH', "MMMLU", "KSM"],
                    help="dataset subsets to run, space separated")
parser.add_argument('--model_name', type=str, default='gpt-4o',
                    help="model used to generate the predictions")
args = parser.parse_args()

model_name = args.model_name
huggingface_hub.login(args.token)

# one dataframe per subset of the benchmark
dfs = {cat: pd.DataFrame(load_dataset('HAERAE-HUB/ksm', cat)['test']) for cat in args.cats}

if model_name not in litellm_models:
    llm, params = load_vllm_model(model_name)

model_path = model_name.replace('/', '_')
os.makedirs(f'results/{model_path}', exist_ok=True)

scores = {}
for cat, df in tqdm(dfs.items(), total=len(dfs)):
    if model_name in litellm_models:
        responses = batch_completion(model=model_name, messages=generate_queries_litellm(df, model_name))
        outputs = [r.choices[0].message.content for r in responses]
    else:
        outputs = [o.outputs[0].text for o in llm.generate(generate_queries_local(df, model_name), params)]
    res = pd.DataFrame({'question': df.question, 'answer': df.answer, 'solution': outputs})
    ok = [answer_in_last_sentence(r.solution, r.answer) or parse_boxed_value(r.solution, r.answer)
          for _, r in res.iterrows()]
    scores[cat] = sum(ok) / len(df) * 100
    res.to_csv(f"results/{model_path}/{cat}.csv", index=False)

print(f'########### {model_name} ###########')
for k, v in scores.items():
    print(k, v)
