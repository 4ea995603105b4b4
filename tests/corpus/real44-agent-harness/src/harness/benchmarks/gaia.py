"""
GAIA Benchmark - General AI Assistants evaluation.

Real-world questions that need reasoning, multi-modality, web browsing and tool use.

Paper: https://arxiv.org/abs/2311.12983
Dataset: https://huggingface.co/datasets/gaia-benchmark/GAIA
"""

import re
from pathlib import Path
from typing import Any

from ..protocol import Task
from .base import Benchmark, ExecutionMode, ExecutionContext, GradeResult
from .graders import exact_match, normalized_match, numeric_match


class GAIABenchmark(Benchmark):
    name = "gaia"
    description = "General AI Assistants benchmark - real-world questions with tools"
    execution_mode = ExecutionMode.DIRECT

    def __init__(self, split: str = "validation", level: int | None = None,
                 cache_dir: str | Path | None = None):
        self.split = split
        self.level = level
        self.cache_dir = Path(cache_dir) if cache_dir else None
        self._tasks: list[Task] | None = None
        self._answers: dict[str, str] = {}
        self._dataset = None

    def _load_dataset(self):
        if self._dataset is not None:
            return
        from datasets import load_dataset

        # The validation split has answers, the test split does not
        config = "2023_all"
        self._dataset = load_dataset(
            "gaia-benchmark/GAIA",
            config,
            split=self.split,
            cache_dir=str(self.cache_dir) if self.cache_dir else None,
        )

    def _download_file(self, file_path: str) -> str | None:
        if not file_path:
            return None
        try:
            from huggingface_hub import hf_hub_download

            return hf_hub_download(
                repo_id="gaia-benchmark/GAIA",
                filename=file_path,
                repo_type="dataset",
                cache_dir=str(self.cache_dir) if self.cache_dir else None,
            )
        except Exception as e:
            print(f"Warning: failed to download {file_path}: {e}")
            return None

    def get_tasks(self) -> list[Task]:
        if self._tasks is not None:
            return self._tasks
        self._load_dataset()
        self._tasks = []
        for idx, item in enumerate(self._dataset):
            level = int(item.get("Level", "1"))
            if self.level is not None and level != self.level:
                continue
            task_id = item.get("task_id", f"gaia_{idx:04d}")
            data = {"question": item["Question"], "level": level}
            if item.get("file_path"):
                local = self._download_file(item["file_path"])
                if local:
                    data["file_name"] = item.get("file_name", "")
                    data["file_path"] = local
            if item.get("Final answer"):
                self._answers[task_id] = str(item["Final answer"]).strip()
            self._tasks.append(Task(id=task_id, data=data))
        return self._tasks

    def grade(self, task: Task, result: Any, context: ExecutionContext) -> GradeResult:
        submission = str(result or "").strip()
        expected = self._answers.get(task.id, "")
        if not expected:
            return GradeResult(task_id=task.id, passed=False, score=0.0,
                               expected="[hidden - test set]", actual=submission, method="no_answer")
        for method, ok in (("exact", exact_match(submission, expected)),
                           ("normalized", normalized_match(submission, expected)),
                           ("numeric", numeric_match(submission, expected, rtol=1e-2, atol=1e-6)),
                           ("contains", re.search(re.escape(expected.lower()), submission.lower()) is not None)):
            if ok:
                return GradeResult(task_id=task.id, passed=True, score=1.0,
                                   expected=expected, actual=submission, method=method)
        return GradeResult(task_id=task.id, passed=False, score=0.0,
                           expected=expected, actual=submission, method="none")


class GAIALevel1Benchmark(GAIABenchmark):
    name = "gaia-level1"

    def __init__(self, **kwargs):
        super().__init__(level=1, **kwargs)
