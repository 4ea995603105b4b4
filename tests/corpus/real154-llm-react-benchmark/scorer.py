import os
import json
import requests
from dotenv import load_dotenv

load_dotenv()

API_KEY = os.getenv("OPENROUTER_API_KEY")
API_URL = "https://openrouter.ai/api/v1/chat/completions"
HEADERS = {
    "Authorization": f"Bearer {API_KEY}",
    "Content-Type": "application/json",
}

SCORING_MODEL = "anthropic/claude-opus-4"


def score_response(question, answer):
    judge_prompt = f"""
Act as a neutral grader of LLM answers.

Question:
"{question}"

Answer under review:
{answer}

Give one integer from 1 (poor) to 5 (excellent). Output the number only.
"""
    body = {
        "model": SCORING_MODEL,
        "messages": [{"role": "user", "content": judge_prompt}],
    }
    r = requests.post(API_URL, headers=HEADERS, json=body)
    r.raise_for_status()
    return r.json()["choices"][0]["message"]["content"].strip()


def main(results_path="results.json", output_path="scored_results.json"):
    with open(results_path, encoding="utf-8") as fh:
        results = json.load(fh)
    for row in results:
        try:
            print(f"scoring {row['question_id']} / {row['model']} / {row['style']}")
            row["score"] = score_response(row["question_id"], row["response"])
        except Exception as exc:
            print(f"scoring failed: {exc}")
            row["score"] = "error"
    with open(output_path, "w", encoding="utf-8") as fh:
        json.dump(results, fh, indent=2, ensure_ascii=False)


if __name__ == "__main__":
    main()
