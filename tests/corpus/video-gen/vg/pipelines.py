import torch
from diffusers import (
    AutoencoderKLWan,
    CogVideoXImageToVideoPipeline,
    CogVideoXPipeline,
    HunyuanVideoPipeline,
    HunyuanVideoTransformer3DModel,
    LTXPipeline,
    WanPipeline,
)
from diffusers.utils import export_to_video

SIZES = {"2b": "THUDM/CogVideoX-2b", "5b": "THUDM/CogVideoX-5b"}
WAN = "Wan-AI/Wan2.1-T2V-1.3B-Diffusers"
HUNYUAN = "hunyuanvideo-community/HunyuanVideo"


def cogvideox(size: str = "5b"):
    return CogVideoXPipeline.from_pretrained(SIZES[size], torch_dtype=torch.bfloat16)


def cogvideox_i2v():
    return CogVideoXImageToVideoPipeline.from_pretrained("THUDM/CogVideoX-5b-I2V", torch_dtype=torch.bfloat16)


def wan():
    vae = AutoencoderKLWan.from_pretrained(WAN, subfolder="vae", torch_dtype=torch.float32)
    return WanPipeline.from_pretrained(WAN, vae=vae, torch_dtype=torch.bfloat16)


def hunyuan():
    transformer = HunyuanVideoTransformer3DModel.from_pretrained(HUNYUAN, subfolder="transformer", torch_dtype=torch.bfloat16, revision="refs/pr/18")
    return HunyuanVideoPipeline.from_pretrained(HUNYUAN, transformer=transformer, torch_dtype=torch.float16)


def ltx():
    return LTXPipeline.from_pretrained("Lightricks/LTX-Video", torch_dtype=torch.bfloat16)


if __name__ == "__main__":
    frames = cogvideox()("A panda playing guitar, 4k", num_frames=49, guidance_scale=6).frames[0]
    export_to_video(frames, "outputs/videos/2025/01/panda.mp4", fps=8)
