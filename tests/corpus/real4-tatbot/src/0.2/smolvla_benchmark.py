import time

import torch
from lerobot.common.policies.smolvla.modeling_smolvla import SmolVLAPolicy
from transformers import AutoProcessor

# point this at your own checkpoint
policy = SmolVLAPolicy.from_pretrained(
    "/home/oop/lerobot/outputs/train/2025-06-05/08-54-14_smolvla/checkpoints/last/pretrained_model"
).to("cuda")
policy.eval()

# the saved policy lacks its tokenizer, so attach it by hand
policy.language_tokenizer = AutoProcessor.from_pretrained(policy.config.vlm_model_name).tokenizer

n = 1
state_dim = policy.normalize_inputs.buffer_observation_state.mean.shape[-1]
obs = {
    "observation.images.top": torch.rand(n, 3, 512, 512, device="cuda"),
    "observation.state": torch.rand(n, state_dim, device="cuda"),
    "task": ["stack the blocks"] * n,
}

norm = policy.normalize_inputs(obs)
imgs, img_masks = policy.prepare_images(norm)
state = policy.prepare_state(norm)
toks, tok_masks = policy.prepare_language(norm)

for _ in range(3):
    with torch.no_grad():
        policy.model.sample_actions(imgs, img_masks, toks, tok_masks, state)

torch.cuda.reset_peak_memory_stats()
t0 = time.time()
for _ in range(100):
    with torch.no_grad():
        policy.model.sample_actions(imgs, img_masks, toks, tok_masks, state)
dt = (time.time() - t0) / 100
print(f"mean latency: {dt:.6f} s")
print(f"peak GPU memory: {torch.cuda.max_memory_allocated() / 1024**2:.2f} MB")
