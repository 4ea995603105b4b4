#!/usr/bin/env python3

import logging
import warnings

from smolagents import CodeAgent
from smolagents import DuckDuckGoSearchTool, VisitWebpageTool
from smolagents import TransformersModel

logger = logging.getLogger(__name__)
tools = [DuckDuckGoSearchTool(), VisitWebpageTool()]
additional_authorized_imports = []


class SpecialTransformersModel(TransformersModel):
    """Try to pass an already-loaded (quantized) model to keep the footprint small.

    Did not work.
    """

    def __init__(self, model=None, model_id: str | None = None, device_map: str | None = None,
                 torch_dtype: str | None = None, trust_remote_code: bool = False, **kwargs):
        import torch
        from transformers import (AutoModelForCausalLM, AutoModelForImageTextToText, AutoProcessor,
                                  AutoTokenizer, TextIteratorStreamer)

        if not model_id:
            warnings.warn(
                "The 'model_id' parameter will be required in version 2.0.0. "
                "For now, it defaults to 'HuggingFaceTB/SmolLM2-1.7B-Instruct'.",
                FutureWarning,
            )
            model_id = "HuggingFaceTB/SmolLM2-1.7B-Instruct"

        if model is None:
            kwargs.setdefault("max_new_tokens", 4096)
            device_map = device_map or ("cuda" if torch.cuda.is_available() else "cpu")
            try:
                self.model = AutoModelForImageTextToText.from_pretrained(
                    model_id, device_map=device_map, torch_dtype=torch_dtype,
                    trust_remote_code=trust_remote_code)
                self.processor = AutoProcessor.from_pretrained(model_id, trust_remote_code=trust_remote_code)
                self._is_vlm = True
                self.streamer = TextIteratorStreamer(self.processor.tokenizer, skip_prompt=True)
            except ValueError:
                self.model = AutoModelForCausalLM.from_pretrained(
                    model_id, device_map=device_map, torch_dtype=torch_dtype,
                    trust_remote_code=trust_remote_code)
                self.tokenizer = AutoTokenizer.from_pretrained(model_id, trust_remote_code=trust_remote_code)
                self._is_vlm = False
                self.streamer = TextIteratorStreamer(self.tokenizer, skip_prompt=True)
        else:
            self.model = model
            self.processor = AutoProcessor.from_pretrained(model_id, trust_remote_code=trust_remote_code)
            self._is_vlm = True
            self.streamer = TextIteratorStreamer(self.processor.tokenizer, skip_prompt=True)

        super().__init__(flatten_messages_as_text=not self._is_vlm, model_id=model_id, **kwargs)


from transformers import AutoModelForImageTextToText, QuantoConfig
model_id = "Qwen/Qwen2.5-VL-3B-Instruct"
quantization_config = QuantoConfig(weights="int8")
quantized_model = AutoModelForImageTextToText.from_pretrained(
    model_id, device_map="cuda", quantization_config=quantization_config
)

import torch
torch.cuda.empty_cache()

model = SpecialTransformersModel(model=quantized_model, model_id=model_id)

from smolagents import LogLevel
agent = CodeAgent(tools=tools, model=model, additional_authorized_imports=additional_authorized_imports,
                  max_steps=5, verbosity_level=LogLevel.DEBUG)

answer = agent.run("Which community events are on in Pokemon GO this week?")
print(f"Agent returned answer: {answer}")
