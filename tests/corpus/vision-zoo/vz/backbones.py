"""Backbone registry: timm, open_clip, HF transformers vision models."""
from __future__ import annotations

from typing import Callable

import open_clip
import timm
import torch
from transformers import (
    AutoImageProcessor,
    AutoModel,
    CLIPModel,
    CLIPProcessor,
    Dinov2Model,
    SiglipModel,
    SiglipProcessor,
)

TIMM_BACKBONES: dict[str, str] = {
    "convnext": "hf-hub:timm/convnext_base.fb_in22k_ft_in1k",
    "vit": "hf-hub:timm/vit_base_patch16_224.augreg2_in21k_ft_in1k",
    "eva": "hf_hub:timm/eva02_large_patch14_448.mim_m38m_ft_in22k_in1k",
    "effnet": "efficientnet_b3.ra2_in1k",
}

HF_MODEL_IDS = {
    "dinov2-s": "facebook/dinov2-small",
    "dinov2-b": "facebook/dinov2-base",
    "siglip": "google/siglip-so400m-patch14-384",
    "clip-l": "openai/clip-vit-large-patch14",
}


def timm_backbone(name: str, pretrained: bool = True) -> torch.nn.Module:
    return timm.create_model(TIMM_BACKBONES.get(name, name), pretrained=pretrained, num_classes=0)


def nfnet() -> torch.nn.Module:
    return timm.create_model("hf-hub:timm/eca_nfnet_l0", pretrained=True)


def resnet_pinned() -> torch.nn.Module:
    return timm.create_model("hf-hub:timm/resnet50.a1_in1k@3b4a0c2", pretrained=True)


def clip_openclip():
    model, preprocess = open_clip.create_model_from_pretrained("hf-hub:laion/CLIP-ViT-g-14-laion2B-s12B-b42K")
    tokenizer = open_clip.get_tokenizer("hf-hub:laion/CLIP-ViT-g-14-laion2B-s12B-b42K")
    return model, preprocess, tokenizer


def clip_openclip_tag():
    # open_clip pretrained tags map to laion/* repos internally
    return open_clip.create_model_and_transforms("ViT-B-32", pretrained="laion2b_s34b_b79k")


def clip_hf(variant: str = "clip-l"):
    repo = HF_MODEL_IDS[variant]
    return CLIPModel.from_pretrained(repo), CLIPProcessor.from_pretrained(repo)


def siglip():
    model = SiglipModel.from_pretrained("google/siglip-base-patch16-224", attn_implementation="sdpa")
    processor = SiglipProcessor.from_pretrained("google/siglip-base-patch16-224")
    return model, processor


def dinov2(size: str = "small"):
    processor = AutoImageProcessor.from_pretrained(f"facebook/dinov2-{size}")
    return Dinov2Model.from_pretrained("facebook/dinov2-large", revision="refs/pr/5"), processor


def dinov2_torchhub():
    # torch.hub pulls from GitHub, not the HF Hub
    return torch.hub.load("facebookresearch/dinov2", "dinov2_vits14")


def yolo():
    return torch.hub.load("ultralytics/yolov5", "yolov5s", pretrained=True)


def sam():
    from transformers import SamModel, SamProcessor

    return SamModel.from_pretrained("facebook/sam-vit-huge"), SamProcessor.from_pretrained("facebook/sam-vit-huge")


def depth():
    from transformers import pipeline

    return pipeline(task="depth-estimation", model="depth-anything/Depth-Anything-V2-Small-hf")


REGISTRY: dict[str, Callable] = {
    "timm": timm_backbone,
    "openclip": clip_openclip,
    "hf/clip": clip_hf,
    "hf/siglip": siglip,
}
