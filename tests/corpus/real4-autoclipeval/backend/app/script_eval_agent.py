import json
import os
import re
from pathlib import Path

from dotenv import load_dotenv
from pydantic import BaseModel

load_dotenv()


class Evaluation(BaseModel):
    score: int = 0
    rationale: str = ""


def score_rubric(text: str) -> str:
    """
    Score a short-form script against the rubric (rule-based checks plus an LLM pass).

    Args:
        text (str): the script to score

    Returns:
        str: JSON with rubric scores and rationale
    """
    import asyncio

    from score_rubric import process_text_async

    out = asyncio.run(process_text_async(
        text=text,
        openai_model="gpt-4.1-nano",  # cheap and quick
        api_key=os.getenv("OPENAI_API_KEY"),
    ))
    return json.dumps(out, indent=2)


def get_score_rubric_source() -> str:
    """
    Source of score_rubric.py, so the agent can critique it.

    Returns:
        str: file contents
    """
    path = Path(__file__).parent / 'score_rubric.py'
    try:
        return path.read_text(encoding='utf-8')
    except FileNotFoundError:
        return "score_rubric.py not found"


_main_model = None
_judge_model = None


def main_model():
    global _main_model
    if _main_model is None:
        from smolagents import LiteLLMModel
        _main_model = LiteLLMModel(
            model_id="openai/gpt-4.1",
            api_key=os.getenv("OPENAI_API_KEY"),
        )
    return _main_model


def judge_model():
    global _judge_model
    if _judge_model is None:
        from smolagents import LiteLLMModel
        _judge_model = LiteLLMModel(
            model_id="openai/o4-mini",
            api_key=os.getenv("OPENAI_API_KEY"),
        )
    return _judge_model


def build_agent(judge: bool = False):
    from smolagents import CodeAgent, WebSearchTool, tool

    tools = [] if judge else [WebSearchTool(), tool(score_rubric), tool(get_score_rubric_source)]
    return CodeAgent(
        tools=tools,
        model=judge_model() if judge else main_model(),
        stream_outputs=True,
        additional_authorized_imports=["json", "os", "pathlib", "pydantic"],
        use_structured_outputs_internally=True,
    )


def evaluate_script_api(text: str, max_iterations: int = 3, target_score: int = 8) -> dict:
    worker, judge = build_agent(), build_agent(judge=True)
    score, rounds = 0, 0
    while score < target_score and rounds < max_iterations:
        rounds += 1
        table = worker.run(f"Score this script as a GitHub markdown table: {text}")
        verdict = judge.run(f"Rate this scoring 1-10 as `Score: <n> | Rationale: <why>`: {table}")
        m = re.search(r'Score:\s*(\d+)', str(verdict))
        score = int(m.group(1)) if m else 0
    return {"final_score": score, "iterations": rounds}
