from .base import BaseSuiteEvaluator
from .llm_judge import LLMJudge, LLMJudgeConfig, DEFAULT_MODEL_NAME

__all__ = [
    "BaseSuiteEvaluator",
    "LLMJudge",
    "LLMJudgeConfig",
    "DEFAULT_MODEL_NAME",
]
