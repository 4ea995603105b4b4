#!/usr/bin/env python3
"""
Qwen Model Deployment untuk Ray dengan Pipeline Parallelism
Equivalent dari: vllm serve qwen --tensor-parallel-size 4 --pipeline-parallel-size 2
"""

import argparse
import logging
import os
from typing import Any, Dict

import ray
from ray import serve

logging.basicConfig(level=logging.INFO, format='%(asctime)s - %(message)s')
logger = logging.getLogger(__name__)

# Configuration for different Qwen models
QWEN_MODEL_CONFIGS = {
    "qwen2.5-0.5b": {
        "model_name": "Qwen/Qwen2.5-0.5B-Instruct",
        "recommended_tp": 1,
        "recommended_pp": 1,
        "max_model_len": 4096,
    },
    "qwen2.5-1.5b": {
        "model_name": "Qwen/Qwen2.5-1.5B-Instruct",
        "recommended_tp": 2,
        "recommended_pp": 1,
        "max_model_len": 8192,
    },
    "qwen2.5-7b": {
        "model_name": "Qwen/Qwen2.5-7B-Instruct",
        "recommended_tp": 4,
        "recommended_pp": 2,
        "max_model_len": 8192,
    },
    "qwen2.5-coder-7b": {
        "model_name": "Qwen/Qwen2.5-Coder-7B-Instruct",
        "recommended_tp": 4,
        "recommended_pp": 2,
        "max_model_len": 8192,
    },
}


def create_qwen_deployment(model_config: Dict[str, Any], tensor_parallel_size: int, pipeline_parallel_size: int):
    model_name = model_config["model_name"]
    bundles = [{"CPU": 2}] + [{"CPU": 2, "GPU": 1}] * (tensor_parallel_size * pipeline_parallel_size)

    @serve.deployment(
        name="qwen-vllm-serve",
        num_replicas=1,
        placement_group_bundles=bundles,
        placement_group_strategy="STRICT_SPREAD" if pipeline_parallel_size > 1 else "STRICT_PACK",
    )
    class QwenVLLMServeDeployment:
        def __init__(self):
            os.environ.pop("CUDA_VISIBLE_DEVICES", None)
            from vllm import LLM
            self.llm = LLM(
                model=model_name,
                tensor_parallel_size=tensor_parallel_size,
                pipeline_parallel_size=pipeline_parallel_size,
                max_model_len=model_config["max_model_len"],
                distributed_executor_backend="ray",
            )
            self.model_name = model_name

        async def generate(self, prompt: str, max_tokens: int = 512):
            from vllm import SamplingParams
            outputs = self.llm.generate([prompt], SamplingParams(max_tokens=max_tokens, stop=["<|im_end|>"]))
            return {"text": outputs[0].outputs[0].text, "model": self.model_name}

    return QwenVLLMServeDeployment


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--model", default="qwen2.5-0.5b", choices=list(QWEN_MODEL_CONFIGS))
    parser.add_argument("--tp", type=int, default=1)
    parser.add_argument("--pp", type=int, default=1)
    args = parser.parse_args()
    ray.init(address="auto", ignore_reinit_error=True)
    deployment = create_qwen_deployment(QWEN_MODEL_CONFIGS[args.model], args.tp, args.pp)
    serve.run(deployment.bind(), name="vllm-model")
