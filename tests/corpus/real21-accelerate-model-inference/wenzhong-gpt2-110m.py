import torch
from transformers import GPT2Tokenizer, GPT2LMHeadModel

from test_utils import calculate_average_inference_time


device = torch.device("cuda:0" if torch.cuda.is_available() else "cpu")
hf_model_path = "IDEA-CCNL/Wenzhong-GPT2-110M"
tokenizer = GPT2Tokenizer.from_pretrained(hf_model_path)
model = GPT2LMHeadModel.from_pretrained(hf_model_path)
model.to(device)

question = "北京是中国的"
inputs = tokenizer(question, return_tensors="pt").to(device)

# 测试基线
print(f"Begin inference time test: baseline")
baseline_avg_inference_time = calculate_average_inference_time(model, inputs)
print(f"Baseline average inference time: {baseline_avg_inference_time} ms")

# 测试 bf16
print(f"Begin inference time test: bf16")
model = GPT2LMHeadModel.from_pretrained(hf_model_path, cache_dir="./checkpoints", torch_dtype=torch.bfloat16)
model.to(device)
bf16_avg_inference_time = calculate_average_inference_time(model, inputs)
print(f"bf16 average inference time: {bf16_avg_inference_time} ms")

# 测试 SDPA Flash
sdpa_flash_avg_inference_time = calculate_average_inference_time(model, inputs, sdpa_flash=True)
print(f"SDPA-Flash average inference time: {sdpa_flash_avg_inference_time} ms")
