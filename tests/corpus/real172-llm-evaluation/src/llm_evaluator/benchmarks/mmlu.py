"""
MMLU (Massive Multitask Language Understanding) benchmark.

Tests knowledge across 57 subjects including STEM, humanities, social sciences.
Dataset: 14,042 test questions with 4 choices each.
"""

import logging
from typing import Any, Dict, List, Tuple

from ..dataset_loaders import load_mmlu_dataset
from ..providers import GenerationResult
from .base import MultipleChoiceBenchmark

logger = logging.getLogger(__name__)


class MMLUBenchmark(MultipleChoiceBenchmark):
    """MMLU multiple choice knowledge benchmark"""

    @property
    def name(self) -> str:
        return "MMLU"

    @property
    def emoji(self) -> str:
        return "📚"

    def load_dataset(self) -> Any:
        """Load MMLU test split (14,042 questions)"""
        dataset = load_mmlu_dataset()
        return dataset["test"]

    def get_demo_data(self) -> List[Dict[str, Any]]:
        """Get 3 demo questions covering different subjects"""
        return [
            {
                "question": "What is the capital of France?",
                "choices": ["London", "Berlin", "Paris", "Madrid"],
                "answer": 2,  # Index of correct answer
                "subject": "geography",
            },
            {
                "question": "What is the largest planet in our solar system?",
                "choices": ["Earth", "Mars", "Jupiter", "Saturn"],
                "answer": 2,
                "subject": "astronomy",
            },
            {
                "question": "Who wrote 'Romeo and Juliet'?",
                "choices": ["Charles Dickens", "William Shakespeare", "Jane Austen", "Mark Twain"],
                "answer": 1,
                "subject": "literature",
            },
        ]
