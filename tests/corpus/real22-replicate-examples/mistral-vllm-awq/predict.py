import os
os.environ["HF_HUB_ENABLE_HF_TRANSFER"] = "1"
import time
from uuid import uuid4

import torch
from cog import BasePredictor
from vllm import AsyncEngineArgs, AsyncLLMEngine, SamplingParams

MODEL_ID = 'parlance-labs/hc-mistral-alpaca-merged-awq'
MAX_TOKENS = 2500

PROMPT_TEMPLATE = """You translate a natural language query (NLQ) over trace data into a query object.

### Instruction:

NLQ: "{nlq}"

Columns: {cols}

### Response:
"""


class Predictor(BasePredictor):

    async def setup(self):
        n_gpus = torch.cuda.device_count()
        self.sampling_params = SamplingParams(stop_token_ids=[2], temperature=0, ignore_eos=True, max_tokens=MAX_TOKENS)

        ENGINE_ARGS = AsyncEngineArgs(
                        tensor_parallel_size=n_gpus,
                        quantization="AWQ"
                        model=MODEL_ID,
                        max_model_len=MAX_TOKENS
        )
        self.engine = AsyncLLMEngine.from_engine_args(ENGINE_ARGS)

        # self.llm = LLM(model='parlance-labs/hc-mistral-alpaca-merged-awq',
        #                tensor_parallel_size=n_gpus, quantization="AWQ")

    async def predict(self, nlq: str, cols: str) -> str:
        start = time.time()
        request_id = uuid4().hex
        prompt = PROMPT_TEMPLATE.format(nlq=nlq, cols=cols)
        final_output = None
        async for request_output in self.engine.generate(prompt, sampling_params=self.sampling_params, request_id=request_id):
            final_output = request_output
        print(f"took {time.time() - start:.2f}s")
        return final_output.outputs[0].text.strip().strip('"')
