import torch
from transformers import GPT2LMHeadModel, GPT2Tokenizer

from test_utils import calculate_average_inference_time

device = torch.device("cuda:0" if torch.cuda.is_available() else "cpu")
hf_model_path = "IDEA-CCNL/Wenzhong-GPT2-110M"
tokenizer = GPT2Tokenizer.from_pretrained(hf_model_path)
model = GPT2LMHeadModel.from_pretrained(hf_model_path)
model.to(device)

inputs = tokenizer("北京是中国的", return_tensors="pt").to(device)

# 测试基线
print(f"Baseline average inference time: {calculate_average_inference_time(model, inputs)} ms")

# 测试 bf16
model = GPT2LMHeadModel.from_pretrained(hf_model_path, cache_dir="./checkpoints", torch_dtype=torch.bfloat16)
model.to(device)
print(f"bf16 average inference time: {calculate_average_inference_time(model, inputs)} ms")

# 测试 SDPA Flash
print(f"SDPA-Flash average inference time: {calculate_average_inference_time(model, inputs, sdpa_flash=True)} ms")
