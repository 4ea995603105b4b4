import torch
from datasets import load_dataset
from transformers import AutoModelForCTC, AutoProcessor

sample_ds = load_dataset("common_voice", "ab", split="test")
dev = "cuda" if torch.cuda.is_available() else "cpu"

ctc = AutoModelForCTC.from_pretrained("hf-internal-testing/tiny-random-wav2vec2")
ctc.to(dev)

proc = AutoProcessor.from_pretrained("hf-internal-testing/tiny-random-wav2vec2")

feats = proc(sample_ds[0]["audio"]["array"], return_tensors="pt", sampling_rate=16_000).input_values
logits = ctc(feats.to(dev)).logits

assert logits.shape[-1] == 32
