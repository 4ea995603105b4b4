import os
import json
import argparse
import time
from concurrent.futures import ThreadPoolExecutor
from datasets import load_dataset
from openai import OpenAI
from tqdm import tqdm

parser = argparse.ArgumentParser(description="Generate synthetic GSM8K dataset with formatted answers")
parser.add_argument("--test", action="store_true", help="Run in test mode (process only 10 examples)")
parser.add_argument("--workers", type=int, default=8, help="Number of concurrent workers (default: 8)")
args = parser.parse_args()

client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY", "YOUR_API_KEY_HERE"))

# -----------------------------------------------------------------------------
# Configuration
# -----------------------------------------------------------------------------
DATASET_NAME = "gsm8k"         # GSM8K dataset name in the datasets library.
DATASET_SPLIT = "train"        # Which split to use.
OUTPUT_FILE = "synthetic_gsm8k_formatted2.jsonl"  # Output file for the synthetic dataset.
MODEL_NAME = "gpt-4o-mini"     # OpenAI model name.
MAX_TOKENS = 1000
TEMPERATURE = 0.7

prompt_template = (
    "Rewrite the following answer into a fully formatted answer using these tags exactly: "
    "<metaphor>, <reasoning>, <answer>, and <final_answer>.\n"
    "Question: {question}\n"
    "Original Answer: {original_answer}\n\n"
    "Formatted Answer:"
)

print("Loading GSM8K dataset...")
dataset = load_dataset(DATASET_NAME, name="main", split=DATASET_SPLIT)


def process_example(example):
    prompt = prompt_template.format(question=example["question"], original_answer=example["answer"])
    time.sleep(0.1)
    response = client.chat.completions.create(
        model=MODEL_NAME,
        messages=[
            {"role": "system", "content": "You are a helpful assistant that reformats math problem solutions."},
            {"role": "user", "content": prompt},
        ],
        max_tokens=MAX_TOKENS,
        temperature=TEMPERATURE,
    )
    return {"question": example["question"], "answer": response.choices[0].message.content.strip()}


if args.test:
    dataset = dataset.select(range(min(10, len(dataset))))
    OUTPUT_FILE = "test_" + OUTPUT_FILE

with ThreadPoolExecutor(max_workers=args.workers) as executor:
    results = list(tqdm(executor.map(process_example, list(dataset)), total=len(dataset)))

with open(OUTPUT_FILE, "w", encoding="utf-8") as f:
    for ex in results:
        f.write(json.dumps(ex, ensure_ascii=False) + "\n")
print(f"Saved {len(results)} examples to {OUTPUT_FILE}.")
