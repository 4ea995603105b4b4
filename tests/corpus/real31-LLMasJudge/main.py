import argparse
import asyncio
import getpass
import json
import os
from pathlib import Path
from typing import Any, Dict, List

import openai


def _set_env(var: str):
    if not os.environ.get(var):
        os.environ[var] = getpass.getpass(f"{var}: ")


_set_env("OPENAI_API_KEY")


def judge_response(
    response: str,
    reasoning: bool = False,
    scale: int = 10,
    temperature: float = 0.5,
    judge: str = "gpt-4o-mini"
) -> Dict[str, Any]:
    """
    Judge an LLM response with a judge model on a scale from 1-N.

    Returns a dict with the score and the explanation.
    """
    properties = {
        "score": {
            "type": "integer",
            "description": f"Score from 1-{scale} ({scale} being best)",
            "minimum": 1,
            "maximum": scale,
        }
    }
    if reasoning:
        properties["explanation"] = {"type": "string", "description": "Detailed explanation for the score"}
    functions = [{
        "name": "submit_score",
        "description": "Submit a score for the LLM response",
        "parameters": {"type": "object", "properties": properties, "required": list(properties)},
    }]

    prompt = f"""You are an expert judge evaluating AI responses. Please evaluate the following response on a scale from 1-{scale}.

Response to evaluate:
{response}"""

    try:
        completion = openai.ChatCompletion.create(
            model=judge,
            messages=[{"role": "user", "content": prompt}],
            functions=functions,
            function_call={"name": "submit_score"},
            temperature=temperature
        )
        result = json.loads(completion.choices[0].message.function_call.arguments)
        return {"score": result["score"], "explanation": result.get("explanation", "No explanation requested"), "success": True}
    except Exception as e:
        return {"score": None, "explanation": f"Error occurred: {str(e)}", "success": False}


def print_judgment_results(results: List[Dict[str, Any]], scale: int):
    scores = [r['score'] for r in results if r['success']]
    if scores:
        avg_score = sum(scores) / len(scores)
        print(f"Average Score: {avg_score:.2f}/{scale}")
        print(f"Score Variance: {sum((s - avg_score) ** 2 for s in scores) / len(scores):.2f}")


async def main():
    parser = argparse.ArgumentParser(description='Judge LLM responses using GPT-4')
    parser.add_argument('--num-times', type=int, default=10, help='Number of times to judge (default: 10)')
    parser.add_argument('--scale', type=int, default=5, help='Maximum score value (default: 5)')
    parser.add_argument('--reasoning', action='store_true', help='Include reasoning in judgment (default: False)')
    parser.add_argument('--temperature', type=float, default=0.5, help='Temperature for API calls (default: 0.5)')
    parser.add_argument('--model', type=str, default='gpt-4',
                        help='Model name to evaluate')
    parser.add_argument('--judge', type=str, default='gpt-4o-mini',
                        help='Model to use as judge')
    args = parser.parse_args()

    file_path = Path(f"data/mt_bench/model_answer/{args.model}.jsonl")
    with open(file_path, 'r') as f:
        response = json.loads(f.readline())['choices'][0]['turns'][0]

    results = []
    for _ in range(args.num_times):
        results.append(judge_response(response, reasoning=args.reasoning, scale=args.scale,
                                      temperature=args.temperature, judge=args.judge))
        await asyncio.sleep(1)
    print_judgment_results(results, args.scale)


if __name__ == "__main__":
    asyncio.run(main())
