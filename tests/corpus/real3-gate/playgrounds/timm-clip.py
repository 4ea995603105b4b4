from urllib.request import urlopen

import timm
import torch
from PIL import Image

img = Image.open(
    urlopen(
        "https://huggingface.co/datasets/huggingface/documentation-images/resolve/main/beignets-task-guide.png"
    )
)

model = timm.create_model(
    "vit_large_patch14_clip_224.openai_ft_in12k_in1k", pretrained=True
).eval()

cfg = timm.data.resolve_model_data_config(model)
tfm = timm.data.create_transform(**cfg, is_training=True)
print(tfm)
logits = model(tfm(img).unsqueeze(0))
top5_prob, top5_idx = torch.topk(logits.softmax(dim=1) * 100, k=5)
