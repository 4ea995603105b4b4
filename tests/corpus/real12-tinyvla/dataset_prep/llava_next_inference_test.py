# %%
import torch
from transformers import LlavaNextForConditionalGeneration, LlavaNextProcessor

# %%
dev = torch.device("cuda" if torch.cuda.is_available() else "cpu")
proc = LlavaNextProcessor.from_pretrained("llava-hf/llava-v1.6-mistral-7b-hf")
vlm = LlavaNextForConditionalGeneration.from_pretrained(
    "llava-hf/llava-v1.6-mistral-7b-hf", torch_dtype=torch.float16, device_map="auto"
)

# %%
import requests
from PIL import Image

img_url = "https://github.com/haotian-liu/LLaVA/blob/1a91fc274d7c35a9b50b3cb29c4247ae5837ce39/images/llava_v1_5_radar.jpg?raw=true"
img = Image.open(requests.get(img_url, stream=True).raw)
text = "[INST] <image>\nDescribe this picture. [/INST]"

batch = proc(text, img, return_tensors="pt").to(dev)
out = vlm.generate(**batch, max_new_tokens=100)

# %%
proc.decode(out[0], skip_special_tokens=True)
