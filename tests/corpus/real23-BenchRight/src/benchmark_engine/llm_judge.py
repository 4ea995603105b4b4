"""
LLM-as-Judge evaluation module for BenchRight.

This module provides a class for using a language model to evaluate
the quality of model-generated answers.

Example usage:
    >>> from openai import OpenAI
    >>> client = OpenAI()
    >>> judge = LLMJudge(client)
    >>> result = judge.score_answer(
    ...     question="What is the capital of France?",
    ...     answer="Paris is the capital of France.",
    ...     reference="Paris"
    ... )
"""

import json
import logging
from typing import Any

logger = logging.getLogger(__name__)

JUDGE_SYSTEM_PROMPT = """You are an expert evaluator assessing the quality of AI-generated responses.

Evaluate the ANSWER on correctness, coherence and helpfulness against the REFERENCE.

Respond ONLY with a valid JSON object in this exact format:
{"score": <float between 0.0 and 1.0>, "rationale": "<brief explanation>"}"""


class LLMJudge:
    """A judge that uses an LLM to evaluate the quality of model answers.

    Attributes:
        client: An LLM client object (e.g., OpenAI client) that provides
               access to chat completion functionality.
        model: The model identifier to use for evaluation (default: "gpt-4o-mini").
        system_prompt: The system prompt used to instruct the judge.
    """

    def __init__(
        self,
        client: Any,
        model: str = "gpt-4o-mini",
        system_prompt: str = JUDGE_SYSTEM_PROMPT,
    ) -> None:
        """Initialize the LLMJudge with an LLM client.

        Args:
            client: An LLM client with a `chat.completions.create` method.
            model: The model identifier to use for evaluation.
                  Defaults to "gpt-4o-mini" for cost-effectiveness.
        """
        self.client = client
        self.model = model
        self.system_prompt = system_prompt

    def score_answer(self, question: str, answer: str, reference: str) -> dict:
        user_message = f"QUESTION: {question}\n\nANSWER: {answer}\n\nREFERENCE: {reference}"
        response = self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": self.system_prompt},
                {"role": "user", "content": user_message},
            ],
            temperature=0.0,
        )
        return self._parse_response(response.choices[0].message.content.strip())

    def _parse_response(self, response_text: str) -> dict:
        try:
            result = json.loads(response_text)
            score = max(0.0, min(1.0, float(result["score"])))
            return {"score": score, "rationale": str(result["rationale"])}
        except (json.JSONDecodeError, KeyError, ValueError, TypeError) as e:
            logger.warning("Judge returned unparseable output: %s", e)
            return {"score": 0.0, "rationale": f"Failed to parse LLM response: {response_text}"}
