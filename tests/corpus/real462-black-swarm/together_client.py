"""
Together AI Client - Multi-model inference with intelligent routing.

Supports tiered model selection based on task complexity:
- Reasoner: DeepSeek R1 for complex planning (expensive but few tokens)
- Thinker: Kimi K2 Thinking for multi-step reasoning
- Coder: Qwen3 Coder for code-heavy tasks
- Worker: GPT-OSS 120B for general tasks (default)
- Verifier: GPT-OSS 20B for cheap verification
- Sweeper: Gemma 3N for ultra-cheap cleanup
- Guard: Llama Guard for safety checks
"""

import os
import re
import time
import threading
from typing import Dict, Any, Optional, Tuple, List
from dataclasses import dataclass
from datetime import datetime
from enum import Enum

try:
    from together import Together
    TOGETHER_AVAILABLE = True
except ImportError:
    TOGETHER_AVAILABLE = False
    print("[TOGETHER] Warning: together package not installed. Run: pip install together")


class NodeType(Enum):
    """Types of nodes in the swarm - determines model selection."""
    REASONER = "reasoner"      # Complex planning, architecture
    THINKER = "thinker"        # Multi-step reasoning, debugging
    CODER = "coder"            # Code generation, refactoring
    WORKER = "worker"          # General tasks (default)
    VERIFIER = "verifier"      # Cheap verification (critic node)
    SWEEPER = "sweeper"        # Ultra-cheap cleanup, formatting
    GUARD = "guard"            # Safety/moderation checks


@dataclass
class TogetherModel:
    """Model configuration for Together AI."""
    model_id: str
    display_name: str
    input_cost_per_1m: float
    output_cost_per_1m: float
    context_window: int
    node_type: NodeType
    keywords: List[str]  # Keywords that trigger this model


# Together AI model registry - organized by node type
TOGETHER_MODELS = {
    # REASONER - Complex planning, few tokens, deep thinking
    "deepseek-ai/DeepSeek-R1-0528": TogetherModel(
        model_id="deepseek-ai/DeepSeek-R1-0528",
        display_name="DeepSeek R1 (Reasoner)",
        input_cost_per_1m=3.00,
        output_cost_per_1m=7.00,
        context_window=128000,
        node_type=NodeType.REASONER,
        keywords=["architect", "design system", "complex", "strategy", "plan"]
    ),

    # THINKER - Multi-step reasoning
    "moonshotai/Kimi-K2-Thinking": TogetherModel(
        model_id="moonshotai/Kimi-K2-Thinking",
        display_name="Kimi K2 Thinking",
        input_cost_per_1m=1.20,
        output_cost_per_1m=4.00,
        context_window=128000,
        node_type=NodeType.THINKER,
        keywords=["debug", "analyze", "investigate", "why", "reason"]
    ),

    # CODER - Code specialist
    "Qwen/Qwen3-Coder-Next-Fp8": TogetherModel(
        model_id="Qwen/Qwen3-Coder-Next-Fp8",
        display_name="Qwen3 Coder 80B",
        input_cost_per_1m=0.50,
        output_cost_per_1m=1.20,
        context_window=131072,
        node_type=NodeType.CODER,
        keywords=["implement", "code", "function", "class", "refactor", "fix bug"]
    ),

    # WORKER - General purpose (default)
    "openai/gpt-oss-120b": TogetherModel(
        model_id="openai/gpt-oss-120b",
        display_name="GPT-OSS 120B (Worker)",
        input_cost_per_1m=0.15,
        output_cost_per_1m=0.60,
        context_window=131072,
        node_type=NodeType.WORKER,
        keywords=[]  # Default fallback
    ),

    # VERIFIER - Cheap critic node
    "openai/gpt-oss-20b": TogetherModel(
        model_id="openai/gpt-oss-20b",
        display_name="GPT-OSS 20B (Verifier)",
        input_cost_per_1m=0.05,
        output_cost_per_1m=0.20,
        context_window=131072,
        node_type=NodeType.VERIFIER,
        keywords=["verify", "check", "review", "validate"]
    ),

    # SWEEPER - Ultra-cheap cleanup
    "google/gemma-3n-e4b-instruct": TogetherModel(
        model_id="google/gemma-3n-e4b-instruct",
        display_name="Gemma 3N (Sweeper)",
        input_cost_per_1m=0.02,
        output_cost_per_1m=0.04,
        context_window=32000,
        node_type=NodeType.SWEEPER,
        keywords=["format", "cleanup", "simple", "trivial", "typo"]
    ),

    # GUARD - Safety moderation
    "meta-llama/Llama-Guard-4-12B": TogetherModel(
        model_id="meta-llama/Llama-Guard-4-12B",
        display_name="Llama Guard 4",
        input_cost_per_1m=0.20,
        output_cost_per_1m=0.20,
        context_window=8192,
        node_type=NodeType.GUARD,
        keywords=["safety", "moderate", "filter"]
    ),
}

# Quick lookup by node type
MODELS_BY_TYPE = {
    NodeType.REASONER: "deepseek-ai/DeepSeek-R1-0528",
    NodeType.THINKER: "moonshotai/Kimi-K2-Thinking",
    NodeType.CODER: "Qwen/Qwen3-Coder-Next-Fp8",
    NodeType.WORKER: "openai/gpt-oss-120b",
    NodeType.VERIFIER: "openai/gpt-oss-20b",
    NodeType.SWEEPER: "google/gemma-3n-e4b-instruct",
    NodeType.GUARD: "meta-llama/Llama-Guard-4-12B",
}
