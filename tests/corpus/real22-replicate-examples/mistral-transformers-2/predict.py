import os
# os.environ["HF_HOME"] = "./weights-cache"
os.environ["HF_HUB_ENABLE_HF_TRANSFER"] = "1"
import time
from threading import Thread

import torch
from cog import BasePredictor, ConcatenateIterator, Input
from transformers import TextIteratorStreamer
from utils import maybe_download_with_pget

model_id='parlance-labs/hc-mistral-alpaca'

DEFAULT_MAX_NEW_TOKENS = os.environ.get("DEFAULT_MAX_NEW_TOKENS", 5000)
DEVICE = "cuda" if torch.cuda.is_available() else "cpu"

BASE_MODEL_ID = "mistralai/Mistral-7B-v0.1"


def prompt(nlq, cols):
    return f"""Turn the natural language query into a query object.

NLQ: "{nlq}"

Columns: {cols}

### Response:
"""

# Cache Base Model Files
WEIGHTS_URL = "https://weights.replicate.delivery/default/mistral-7b-0.1"
REMOTE_FILES = [
    "config.json",
    "model-00001-of-00002.safetensors",
    "model-00002-of-00002.safetensors",
    "model.safetensors.index.json",
    "tokenizer.json",
    "tokenizer.model",
    "tokenizer_config.json"
]


class Predictor(BasePredictor):
    task = "text-generation"
    base_model_id = BASE_MODEL_ID
    gcp_bucket_weights = True
    cache_dir = "./hf-cache"

    def setup(self):
        if self.gcp_bucket_weights:
            start = time.time()
            maybe_download_with_pget(self.base_model_id, WEIGHTS_URL, REMOTE_FILES)
            print(f"downloading weights took {time.time() - start:.3f}s")

        from peft import AutoPeftModelForCausalLM
        from transformers import AutoTokenizer

        self.model = AutoPeftModelForCausalLM.from_pretrained(model_id).cuda()
        self.tokenizer = AutoTokenizer.from_pretrained(model_id)
        self.tokenizer.pad_token = self.tokenizer.eos_token

    def predict(
        self,
        nlq: str,
        cols: str,
        max_new_tokens: int = Input(description="Max tokens to generate.", default=DEFAULT_MAX_NEW_TOKENS),
    ) -> ConcatenateIterator:
        inputs = self.tokenizer([prompt(nlq, cols)], return_tensors="pt", return_token_type_ids=False).to(DEVICE)
        streamer = TextIteratorStreamer(self.tokenizer, timeout=10.0, skip_prompt=True, skip_special_tokens=True)
        t = Thread(target=self.model.generate, kwargs=dict(**inputs, streamer=streamer, max_new_tokens=max_new_tokens, do_sample=False))
        t.start()
        for text in streamer:
            yield text


if __name__ == "__main__":
    p = Predictor()
    p.setup()
    for text in p.predict(nlq="Exception count by exception and caller", cols="['error', 'exception.type']", max_new_tokens=256):
        print(text, end="")
