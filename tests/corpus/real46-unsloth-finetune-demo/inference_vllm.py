"""
vLLM Inference Demo

Prerequisites:
    1. Train with merged output: uv run python finetune.py --merge
    2. Start vLLM server:
       uv pip install vllm openai
       vllm serve ./outputs/unsloth-nemotron-function-calling-merged --port 8000
"""

import argparse

from openai import OpenAI


def main():
    parser = argparse.ArgumentParser(description="Query vLLM server with OpenAI API")
    parser.add_argument("--base-url", type=str, default="http://localhost:8000/v1")
    parser.add_argument(
        "--model",
        type=str,
        default="./outputs/unsloth-nemotron-function-calling-merged",
        help="Model name (must match the path used when starting vLLM server)",
    )
    parser.add_argument("--prompt", type=str, default="What's the weather in Paris?")
    parser.add_argument("--max-tokens", type=int, default=256)
    args = parser.parse_args()

    client = OpenAI(base_url=args.base_url, api_key="dummy")
    response = client.chat.completions.create(
        model=args.model,
        messages=[{"role": "user", "content": args.prompt}],
        max_tokens=args.max_tokens,
    )
    print(response.choices[0].message.content)


if __name__ == "__main__":
    main()
