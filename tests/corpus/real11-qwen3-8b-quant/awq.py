import torch
from awq import AutoAWQForCausalLM
from datasets import load_dataset
from transformers import AutoTokenizer

src_dir = "merged_qwen3-8b"  # the fine-tuned, merged model
out_dir = "awq-4"            # quantized output

quant_config = {
    "zero_point": True,
    "q_group_size": 128,
    "w_bit": 4,
    "version": "GEMM",
}

model = AutoAWQForCausalLM.from_pretrained(src_dir, device_map="auto", torch_dtype=torch.float16, trust_remote_code=True)
tokenizer = AutoTokenizer.from_pretrained(src_dir, trust_remote_code=True)


def calibration_texts(limit=256):
    # task-specific calibration: IMDB reviews
    rows = load_dataset("imdb", split="train")
    return [t[:512] for t in rows["text"] if t.strip()][:limit]


model.quantize(
    tokenizer,
    quant_config=quant_config,
    calib_data=calibration_texts(),
    n_parallel_calib_samples=4,
    max_calib_samples=256,
)

model.save_quantized(out_dir)
tokenizer.save_pretrained(out_dir)
print(f"saved to {out_dir}")
