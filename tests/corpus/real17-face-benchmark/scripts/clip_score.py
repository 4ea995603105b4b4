import clip
import torch
from PIL import Image

device = "cuda" if torch.cuda.is_available() else "cpu"
model, preprocess = clip.load("ViT-B/32", device=device)

pixels = preprocess(Image.open("/path/to/test/image")).unsqueeze(0).to(device)
tokens = clip.tokenize(["target prompt"]).to(device)

with torch.no_grad():
    img_feat = model.encode_image(pixels)
    txt_feat = model.encode_text(tokens)

img_feat /= img_feat.norm(dim=-1, keepdim=True)
txt_feat /= txt_feat.norm(dim=-1, keepdim=True)
print(f"Similarity: {(img_feat @ txt_feat.T).cpu().numpy()}")
