import time

import torch
from lerobot.common.policies.smolvla.modeling_smolvla import SmolVLAPolicy
from transformers import AutoProcessor

# Load model (replace with your checkpoint if needed)
policy = SmolVLAPolicy.from_pretrained(
    "/home/oop/lerobot/outputs/train/2025-06-05/08-54-14_smolvla/checkpoints/last/pretrained_model"
).to("cuda")
policy.eval()

# Monkey-patch: the loaded policy is missing the language_tokenizer attribute.
policy.language_tokenizer = AutoProcessor.from_pretrained(policy.config.vlm_model_name).tokenizer

batch_size = 1
img_shape = (3, 512, 512)
state_dim = policy.normalize_inputs.buffer_observation_state.mean.shape[-1]

dummy_batch = {
    "observation.images.top": torch.rand(batch_size, *img_shape, device="cuda"),
    "observation.state": torch.rand(batch_size, state_dim, device="cuda"),
    "task": ["stack the blocks"] * batch_size,
}

normalized = policy.normalize_inputs(dummy_batch)
images, img_masks = policy.prepare_images(normalized)
state = policy.prepare_state(normalized)
lang_tokens, lang_masks = policy.prepare_language(normalized)

for _ in range(3):
    with torch.no_grad():
        policy.model.sample_actions(images, img_masks, lang_tokens, lang_masks, state)

torch.cuda.reset_peak_memory_stats()
start = time.time()
for _ in range(100):
    with torch.no_grad():
        policy.model.sample_actions(images, img_masks, lang_tokens, lang_masks, state)
print(f"Avg inference time: {(time.time() - start) / 100:.6f} s")
print(f"Max GPU memory used: {torch.cuda.max_memory_allocated() / 1024**2:.2f} MB")
