"""Core smolagents runner — mirrors HAL's hal_generalist_agent/main.py."""

import os
import sys

from smolagents import CodeAgent, LiteLLMModel, VisitWebpageTool, WebSearchTool

from .prompts import GAIA_SYSTEM_PROMPT
from .tools import read_file_tool


def _step_callback(step):
    parts = [f"[step {getattr(step, 'step_number', '?')}]"]
    if getattr(step, "is_final_answer", False):
        parts.append("FINAL")
    if err := getattr(step, "error", None):
        parts.append(f"error={err}")
    print(" ".join(parts), file=sys.stderr, flush=True)


def run_gaia_task(
    task_id: str,
    task_data: dict,
    model_id: str = "openrouter/deepseek/deepseek-chat-v3-0324",
    max_steps: int = 15,
) -> str:
    """Run one GAIA task with a smolagents CodeAgent (model_id is a LiteLLM string)."""
    effective_model = model_id or os.environ.get("HARNESS_MODEL", "openrouter/deepseek/deepseek-chat-v3-0324")
    model = LiteLLMModel(model_id=effective_model)

    agent = CodeAgent(
        tools=[WebSearchTool(), VisitWebpageTool(), read_file_tool],
        model=model,
        max_steps=max_steps,
        step_callbacks=[_step_callback],
        additional_authorized_imports=["json", "csv", "re", "math", "datetime", "pathlib", "openpyxl"],
    )

    question = task_data.get("Question") or task_data.get("question", "")
    prompt = GAIA_SYSTEM_PROMPT + "\n\n" + question
    if task_data.get("file_name") and task_data.get("file_path"):
        prompt += f"\n\nA file is provided: {task_data['file_name']} (path: {task_data['file_path']})"
    try:
        return str(agent.run(prompt)).strip()
    except Exception as e:
        return f"ERROR: {e}"
