# Two parts: GPTQ quantization, then a latency/memory benchmark (run separately)
from datasets import load_dataset
from gptqmodel import GPTQModel, QuantizeConfig

model_id = "qwen3-8b"  # path of your (fine-tuned) model
quant_path = "gptq-4"  # where the quantized model goes

calibration = load_dataset(
    "imdb",
    split="train"
).select(range(1024))["text"]

quant_config = QuantizeConfig(bits=4, group_size=128)  # bits=8 for INT8

model = GPTQModel.load(model_id, quant_config)
model.quantize(calibration, batch_size=2)
model.save(quant_path)


# ---- part 2: benchmark ----
import time

import torch
from transformers import AutoModelForSequenceClassification, AutoTokenizer

MODEL_PATH = "gptq-4"  # the quantized model from part 1
SEQ_LEN = 128

tokenizer = AutoTokenizer.from_pretrained(MODEL_PATH)
clf = AutoModelForSequenceClassification.from_pretrained(
    MODEL_PATH,
    device_map="auto",
    torch_dtype=torch.float16,
).eval()
if tokenizer.pad_token is None:
    tokenizer.pad_token = tokenizer.eos_token
clf.config.pad_token_id = tokenizer.pad_token_id

batch = tokenizer(["This is a test sentence."], return_tensors="pt", padding="max_length",
                  truncation=True, max_length=SEQ_LEN)
batch = {k: v.to(clf.device) for k, v in batch.items()}


def timed(runs=10, warmup=1):
    with torch.no_grad():
        for _ in range(warmup):
            clf(**batch)
        torch.cuda.synchronize()
        t0 = time.time()
        for _ in range(runs):
            clf(**batch)
        torch.cuda.synchronize()
    return (time.time() - t0) / runs


latency = timed()
mem_gb = sum(p.numel() * p.element_size() for p in clf.parameters()) / 1024 ** 3
print(f"latency {latency:.6f}s  throughput {1 / latency:.2f}/s  params {mem_gb:.3f} GB")
