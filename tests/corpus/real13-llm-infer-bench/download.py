from transformers import AutoModelForCausalLM
from transformers import LlamaTokenizer

src = "meta-llama/Llama-2-7b-chat-hf"
dst = "hf-models/llama-2-7b-chat-hf"
AutoModelForCausalLM.from_pretrained(src).save_pretrained(dst)
LlamaTokenizer.from_pretrained(src, legacy=True).save_pretrained(dst)
# NOTE: legacy=True is needed by the tensorrt-llm test scripts;
# AutoTokenizer would not need it.
