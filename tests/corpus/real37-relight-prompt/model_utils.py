import sys
import time
import logging

import torch
from diffusers import DiffusionPipeline
from diffusers import AutoencoderKLWan, WanPipeline, WanImageToVideoPipeline
from diffusers.schedulers.scheduling_unipc_multistep import UniPCMultistepScheduler
from diffusers import StableDiffusionInstructPix2PixPipeline, EulerAncestralDiscreteScheduler
from diffusers import FluxControlPipeline
from transformers import CLIPVisionModel, AutoModelForImageSegmentation
from image_gen_aux import DepthPreprocessor

from paths import MODEL_ROOT


def load_model(model_name, device):
    """Load one model of the pipeline onto a device."""
    logging.info(f"[{device}] loading {model_name}")
    if "FLUX.1-Depth-dev-lora" in model_name:
        model = FluxControlPipeline.from_pretrained("black-forest-labs/FLUX.1-dev", torch_dtype=torch.bfloat16)
        model.load_lora_weights("black-forest-labs/FLUX.1-Depth-dev-lora", adapter_name="depth")
        model.set_adapters("depth", 0.85)
        model.to(device)
        processor = DepthPreprocessor.from_pretrained("LiheYoung/depth-anything-large-hf")
        return model, processor
    if "FLUX.1-Depth-dev" in model_name:
        model = FluxControlPipeline.from_pretrained("black-forest-labs/FLUX.1-Depth-dev", torch_dtype=torch.bfloat16)
        model.to(device)
        processor = DepthPreprocessor.from_pretrained("LiheYoung/depth-anything-large-hf")
        return model, processor
    if "FLUX" in model_name:
        model = DiffusionPipeline.from_pretrained("black-forest-labs/FLUX.1-dev", torch_dtype=torch.bfloat16)
        return model.to(device)
    if "instruct-pix2pix" in model_name:
        model = StableDiffusionInstructPix2PixPipeline.from_pretrained("timbrooks/instruct-pix2pix", torch_dtype=torch.bfloat16, safety_checker=None)
        model.scheduler = EulerAncestralDiscreteScheduler.from_config(model.scheduler.config)
        return model.to(device)
    if "Wan2.1-T2V" in model_name:
        model_id = model_name
        vae = AutoencoderKLWan.from_pretrained(model_id, subfolder="vae", load_in_4bit=True)
        scheduler = UniPCMultistepScheduler(prediction_type="flow_prediction", use_flow_sigmas=True,
                                            num_train_timesteps=1000, flow_shift=3.0)
        model = WanPipeline.from_pretrained(model_id, vae=vae, load_in_4bit=True)
        model.scheduler = scheduler
        model.enable_model_cpu_offload(gpu_id=int(device.split(":")[-1]))
        return model
    if "Wan2.1-I2V" in model_name:
        model_id = model_name
        image_encoder = CLIPVisionModel.from_pretrained(model_id, subfolder="image_encoder", torch_dtype=torch.float32)
        vae = AutoencoderKLWan.from_pretrained(model_id, subfolder="vae", torch_dtype=torch.float32)
        model = WanImageToVideoPipeline.from_pretrained(model_id, vae=vae, image_encoder=image_encoder, torch_dtype=torch.bfloat16)
        model.enable_model_cpu_offload(gpu_id=int(device.split(":")[-1]))
        return model
    # lbm relighting, added by wangzh
    if "lbm" in model_name or 'jasperai/LBM_relighting' in model_name:
        sys.path.insert(0, str(MODEL_ROOT / 'LBM' / 'src'))
        from lbm.inference import get_model

        lbm_model = get_model(
            "jasperai/LBM_relighting",
            torch_dtype=torch.bfloat16,
        )
        lbm_model.to(device)
        bg_pipe = DiffusionPipeline.from_pretrained("black-forest-labs/FLUX.1-dev", torch_dtype=torch.bfloat16)
        bg_pipe.to(device)
        birefnet = AutoModelForImageSegmentation.from_pretrained(
            "ZhengPeng7/BiRefNet", trust_remote_code=True
        )
        birefnet.to(device)
        return bg_pipe, birefnet
    # IC-Light, added by wangzh
    if "iclight" in model_name or 'lllyasviel/IC-Light' in model_name:
        sys.path.insert(0, str(MODEL_ROOT / 'IC-Light'))
        from gradio_demo import process_relight
        return process_relight
    time.sleep(1)
    return {"name": model_name, "device": device}


def unload_model(model):
    if model:
        del model
        torch.cuda.empty_cache()
