import os

import comfy.model_management as mm
import folder_paths
import torch
from safetensors.torch import save_file
from transformers import AutoProcessor

device = mm.get_torch_device()
offload_device = mm.unet_offload_device()

model_directory = os.path.join(folder_paths.models_dir, "LLM")
os.makedirs(model_directory, exist_ok=True)
folder_paths.add_model_folder_path("LLM", model_directory)

model_list = [
            'microsoft/Florence-2-base',
            'microsoft/Florence-2-base-ft',
            'microsoft/Florence-2-large',
            'microsoft/Florence-2-large-ft',
            'HuggingFaceM4/Florence-2-DocVQA',
            'thwri/CogFlorence-2.1-Large',
            'thwri/CogFlorence-2.2-Large',
            'gokaygokay/Florence-2-SD3-Captioner',
            'gokaygokay/Florence-2-Flux-Large',
            'MiaoshouAI/Florence-2-base-PromptGen-v1.5',
            'MiaoshouAI/Florence-2-large-PromptGen-v1.5',
            'MiaoshouAI/Florence-2-base-PromptGen-v2.0',
            'MiaoshouAI/Florence-2-large-PromptGen-v2.0',
            'PJMixers-Images/Florence-2-base-Castollux-v0.5'
            ]


def to_safetensors(model_path):
    src = os.path.join(model_path, 'pytorch_model.bin')
    dst = os.path.join(model_path, 'model.safetensors')
    if os.path.exists(src) and not os.path.exists(dst):
        sd = torch.load(src, map_location=offload_device)
        save_file({k: v.clone() for k, v in sd.items()}, dst)
        os.remove(src)


class DownloadAndLoadFlorence2Model:
    @classmethod
    def INPUT_TYPES(s):
        return {"required": {
            "model": (model_list, {"default": 'microsoft/Florence-2-base'}),
            "precision": (['fp16', 'bf16', 'fp32'], {"default": 'fp16'}),
            "attention": (['flash_attention_2', 'sdpa', 'eager'], {"default": 'sdpa'}),
            },
            "optional": {
                "lora": ("PEFTLORA",),
                "convert_to_safetensors": ("BOOLEAN", {"default": False}),
            },
        }

    RETURN_TYPES = ("FL2MODEL",)
    FUNCTION = "loadmodel"
    CATEGORY = "Florence2"

    def loadmodel(self, model, precision, attention, lora=None, convert_to_safetensors=False):
        if model not in model_list:
            raise ValueError(f"Model {model} is not in the supported model list.")
        dtype = {"bf16": torch.bfloat16, "fp16": torch.float16, "fp32": torch.float32}[precision]
        model_path = os.path.join(model_directory, model.rsplit('/', 1)[-1])
        if not os.path.exists(model_path):
            print(f"Downloading Florence2 model to: {model_path}")
            from huggingface_hub import snapshot_download
            snapshot_download(repo_id=model, local_dir=model_path, local_dir_use_symlinks=False)
        if convert_to_safetensors:
            to_safetensors(model_path)
        from .modeling_florence2 import Florence2ForConditionalGeneration
        m = Florence2ForConditionalGeneration.from_pretrained(model_path, attn_implementation=attention, dtype=dtype)
        processor = AutoProcessor.from_pretrained(model_path, trust_remote_code=True)
        if lora is not None:
            from peft import PeftModel
            m = PeftModel.from_pretrained(m, lora, trust_remote_code=True)
        return ({'model': m.to(offload_device), 'processor': processor, 'dtype': dtype},)


class DownloadAndLoadFlorence2Lora:
    @classmethod
    def INPUT_TYPES(s):
        return {"required": {
            "model": (
                    [
                    'NikshepShetty/Florence-2-pixelprose',
                    ],
                  ),
            },
        }

    RETURN_TYPES = ("PEFTLORA",)
    FUNCTION = "loadmodel"
    CATEGORY = "Florence2"

    def loadmodel(self, model):
        if model not in ['NikshepShetty/Florence-2-pixelprose']:
            raise ValueError(f"Lora Model {model} is not in the supported lora model list.")
        model_path = os.path.join(model_directory, model.rsplit('/', 1)[-1])
        if not os.path.exists(model_path):
            from huggingface_hub import snapshot_download
            snapshot_download(repo_id=model, local_dir=model_path, local_dir_use_symlinks=False)
        return (model_path,)
