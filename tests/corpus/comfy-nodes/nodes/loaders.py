"""Custom ComfyUI nodes that fetch their weights from the Hub on first use."""
import os

import folder_paths
from huggingface_hub import hf_hub_download, snapshot_download

FLORENCE_REPO = "microsoft/Florence-2-large"
DEPTH_REPO = "depth-anything/Depth-Anything-V2-Large"
UPSCALERS = {
    "4x-UltraSharp": ("lokCX/4x-Ultrasharp", "4x-UltraSharp.pth"),
    "RealESRGAN_x4": ("ai-forever/Real-ESRGAN", "RealESRGAN_x4.pth"),
}


class FlorenceLoader:
    CATEGORY = "acme/vision"
    RETURN_TYPES = ("FL2MODEL",)

    @classmethod
    def INPUT_TYPES(cls):
        return {"required": {"model": ([FLORENCE_REPO, "microsoft/Florence-2-base-ft"], {"default": FLORENCE_REPO})}}

    def load(self, model):
        path = snapshot_download(model, local_dir=os.path.join(folder_paths.models_dir, "LLM", model.rsplit("/", 1)[-1]))
        return (path,)


class UpscalerLoader:
    CATEGORY = "acme/upscale"

    def load(self, name: str):
        repo, filename = UPSCALERS[name]
        return hf_hub_download(repo_id=repo, filename=filename, local_dir=folder_paths.get_folder_paths("upscale_models")[0])


def ip_adapter_weights():
    return hf_hub_download("h94/IP-Adapter", "sdxl_models/ip-adapter_sdxl_vit-h.safetensors")


NODE_CLASS_MAPPINGS = {"AcmeFlorenceLoader": FlorenceLoader, "AcmeUpscalerLoader": UpscalerLoader}
NODE_DISPLAY_NAME_MAPPINGS = {"AcmeFlorenceLoader": "Florence-2 loader (acme)"}
