import csv
import time

from openai import OpenAI

# ---- settings ----
MODEL_NAME = "gpt-4o"
FEWSHOT_FILE = "../few_shot/fewshot.txt"
INPUT_CSV = "../../modify/output_4o_1024.csv"
OUTPUT_CSV = "judge_4o_1024_result.csv"
PAUSE_S = 1.2

client = OpenAI(api_key="your-api-key")


def ask(prompt: str, max_tokens: int = 8) -> str:
    resp = client.chat.completions.create(
        model=MODEL_NAME,
        messages=[{"role": "user", "content": prompt}],
        max_tokens=max_tokens,
        temperature=0.0,
    )
    return resp.choices[0].message.content.strip()


def same_meaning(original: str, rewritten: str, shots: str) -> str:
    return ask(f"{shots}\n\nOriginal: {original}\nChanged: {rewritten}\nAnswer:")


def main() -> None:
    with open(FEWSHOT_FILE, encoding="utf-8") as fh:
        shots = fh.read().strip()
    with open(INPUT_CSV, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))

    for i, row in enumerate(rows, 1):
        try:
            row["Label"] = "1" if "YES" in same_meaning(row["Original"], row["Modified"], shots).upper() else "0"
        except Exception as exc:  # keep going, mark the row
            print(f"[{i}] error: {exc}")
            row["Label"] = "-1"
        time.sleep(PAUSE_S)

    with open(OUTPUT_CSV, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["Original", "Modified", "Label"])
        writer.writeheader()
        writer.writerows(rows)

    ok = sum(r["Label"] == "1" for r in rows)
    print(f"accuracy {ok}/{len(rows)}")


if __name__ == "__main__":
    main()
