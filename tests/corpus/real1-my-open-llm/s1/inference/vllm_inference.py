import os

from transformers import AutoTokenizer
from vllm import LLM, SamplingParams

os.environ['HF_HOME'] = '/root/autodl-tmp/.cache/'

llm = LLM(
    # "simplescaling/s1-32B",
    "Qwen/Qwen2.5-32B-Instruct",
    tensor_parallel_size=1,
    max_model_len=12000,
)
# tok = AutoTokenizer.from_pretrained("simplescaling/s1-32B")
tok = AutoTokenizer.from_pretrained("Qwen/Qwen2.5-32B-Instruct", timeout=30)

stop_ids = tok("<|im_end|>")["input_ids"]
params = SamplingParams(max_tokens=12000, min_tokens=0, stop_token_ids=stop_ids)

question = "How many r in raspberry"
text = (
    "<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n<|im_start|>user\n"
    + question
    + "<|im_end|>\n<|im_start|>assistant\n"
)
out = llm.generate(text, sampling_params=params)
print(out[0].outputs[0].text)
