# MIT License
# Copyright (c) 2024 The HuggingFace Team
# (license text shortened)

# ruff: noqa: F405, F403, F401
"""
Custom lighteval task: MATH-500 with pass@1 over 4 samples.
Original task idea: https://www.kaggle.com/competitions/ai-mathematical-olympiad-prize
"""

from lighteval.metrics.metrics import Metrics
from lighteval.tasks.lighteval_task import LightevalTaskConfig
from lighteval.tasks.requests import Doc
import lighteval.tasks.default_prompts as prompt


math_500 = LightevalTaskConfig(
    name="math_500",
    suite=["custom"],
    prompt_function=prompt.math_500,
    hf_repo="HuggingFaceH4/MATH-500",
    hf_subset="default",
    hf_avail_splits=["test"],
    evaluation_splits=["test"],
    few_shots_split=None,
    few_shots_select=None,
    generation_size=32768,
    metric=[Metrics.math_pass_at_1_4n],
    version=1,
)

TASKS_TABLE = [math_500]
