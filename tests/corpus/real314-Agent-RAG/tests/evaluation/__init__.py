"""
RAGAS Evaluation Tests Package.

This package contains RAGAS evaluation tests for measuring RAG quality metrics:
- Faithfulness (threshold: > 0.85)
- Answer Relevancy (threshold: > 0.80)
- Context Precision (LLMContextPrecisionWithoutReference)
- Context Recall

Reference: docs/stories/5/5-3/5-3-implement-ragas-evaluation-suite.md
"""

