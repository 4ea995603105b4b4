"""
Agent-as-Judge
--------------

Opt-in quality evaluation using Agno's AgentAsJudgeEval as an agent post_hook.
Enable with AGENT_JUDGE_ENABLED=true; otherwise the hook is a no-op.

Usage:
    from backend.evals.judge import create_judge

    judge = create_judge(name="my-agent-judge", criteria=["Accurate", "Helpful", "Concise"])
    agent = Agent(..., post_hooks=[judge])
"""

import logging
import os
from collections.abc import Callable
from typing import Any

from agno.eval.agent_as_judge import AgentAsJudgeEval

from backend.db.session import get_eval_db
from backend.models import get_model

logger = logging.getLogger(__name__)


def _is_judge_enabled() -> bool:
    return os.getenv("AGENT_JUDGE_ENABLED", "").lower() == "true"


def create_judge(name: str, criteria: list[str]) -> Callable[..., Any]:
    criteria_str = "\n".join(f"- {c}" for c in criteria)

    def judge_hook(run_response: Any, agent: Any) -> Any:
        if not _is_judge_enabled():
            return run_response
        question = run_response.input.input_content_string if run_response.input else ""
        answer = str(run_response.content or "")
        try:
            AgentAsJudgeEval(
                name=name,
                criteria=criteria_str,
                scoring_strategy="numeric",
                model=get_model(),
                run_in_background=True,
                threshold=7,
                db=get_eval_db(),
            ).run(input=question, output=answer)
        except Exception:
            logger.exception("Agent-as-judge eval failed for %s — skipping.", name)
        return run_response

    return judge_hook
