from typing import List
import os
import time

import numpy as np
import torch
from cog import BasePredictor, Input, Path
from compel import Compel
from controlnet_aux import CannyDetector, HEDdetector, LineartDetector, MidasDetector, MLSDdetector, OpenposeDetector
from diffusers import (
    ControlNetModel,
    DDIMScheduler,
    EulerAncestralDiscreteScheduler,
    StableDiffusionControlNetPipeline,
    StableDiffusionPipeline,
    UniPCMultistepScheduler,
)
from PIL import Image
from transformers import AutoImageProcessor, UperNetForSemanticSegmentation, pipeline

AUX_IDS = {
    # "depth": "fusing/stable-diffusion-v1-5-controlnet-depth",
    # "scribble": "fusing/stable-diffusion-v1-5-controlnet-scribble",
    'lineart': "ControlNet-1-1-preview/control_v11p_sd15_lineart",
    'tile': "lllyasviel/control_v11f1e_sd15_tile",
    'brightness': "ioclab/control_v1p_sd15_brightness",
    "inpainting": "lllyasviel/control_v11p_sd15_inpaint",
}

SCHEDULERS = {
    "DDIM": DDIMScheduler,
    "K_EULER_ANCESTRAL": EulerAncestralDiscreteScheduler,
    "UniPCMultistep": UniPCMultistepScheduler,
}

SD15_WEIGHTS = "weights"
CONTROLNET_CACHE = "controlnet-cache"
PROCESSORS_CACHE = "processors-cache"
MISSING_WEIGHTS = []

if not os.path.exists(CONTROLNET_CACHE) or not os.path.exists(PROCESSORS_CACHE):
    print("controlnet weights missing, use `cog run python script/download_weights` to download")
    MISSING_WEIGHTS.append("controlnet")

if not os.path.exists(SD15_WEIGHTS):
    print("sd15 weights missing, use `cog run python` and then load and save_pretrained('weights')")
    MISSING_WEIGHTS.append("sd15")


class Predictor(BasePredictor):
    def setup(self):
        if MISSING_WEIGHTS:
            print("skipping setup... missing weights: ", MISSING_WEIGHTS)
            return
        st = time.time()
        self.pipe = StableDiffusionPipeline.from_pretrained(
            SD15_WEIGHTS, torch_dtype=torch.float16, local_files_only=True,
        ).to("cuda")

        self.controlnets = {
            name: ControlNetModel.from_pretrained(
                os.path.join(CONTROLNET_CACHE, name), torch_dtype=torch.float16, local_files_only=True,
            ).to("cuda")
            for name in AUX_IDS
        }

        self.canny = CannyDetector()
        self.midas = MidasDetector.from_pretrained(
            "lllyasviel/ControlNet", cache_dir=PROCESSORS_CACHE
        )
        self.hed = HEDdetector.from_pretrained(
            "lllyasviel/ControlNet", cache_dir=PROCESSORS_CACHE
        )
        self.mlsd = MLSDdetector.from_pretrained(
            "lllyasviel/ControlNet", cache_dir=PROCESSORS_CACHE
        )
        self.seg_processor = AutoImageProcessor.from_pretrained(
            "openmmlab/upernet-convnext-small", cache_dir=PROCESSORS_CACHE
        )
        self.seg_segmentor = UperNetForSemanticSegmentation.from_pretrained(
            "openmmlab/upernet-convnext-small", cache_dir=PROCESSORS_CACHE
        )
        self.pose = OpenposeDetector.from_pretrained(
            "lllyasviel/Annotators", cache_dir=PROCESSORS_CACHE
        )
        self.lineart = LineartDetector.from_pretrained("lllyasviel/Annotators")
        self.compel_proc = Compel(tokenizer=self.pipe.tokenizer, text_encoder=self.pipe.text_encoder)
        # self.consistency_decoder = ConsistencyDecoder(
        #     device="cuda:0", download_root="/src/consistencydecoder-cache"
        # )
        self.depth_estimator = pipeline('depth-estimation')
        print("Setup complete in %f" % (time.time() - st))

    def depth_preprocess(self, img):
        image = np.array(self.depth_estimator(img)['depth'])[:, :, None]
        return Image.fromarray(np.concatenate([image, image, image], axis=2))

    @torch.inference_mode()
    def predict(
        self,
        prompt: str = Input(description="Prompt - using compel, use +++ to increase words weight"),
        tile_image: Path = Input(description="Control image for tile controlnet", default=None),
        scheduler: str = Input(default="DDIM", choices=SCHEDULERS.keys(), description="Choose a scheduler."),
        num_inference_steps: int = Input(description="Steps to run denoising", default=20),
        seed: int = Input(description="Seed", default=None),
    ) -> List[Path]:
        pipe = StableDiffusionControlNetPipeline(
            vae=self.pipe.vae, text_encoder=self.pipe.text_encoder, tokenizer=self.pipe.tokenizer,
            unet=self.pipe.unet, scheduler=SCHEDULERS[scheduler].from_config(self.pipe.scheduler.config),
            safety_checker=None, feature_extractor=self.pipe.feature_extractor,
            controlnet=[self.controlnets["tile"]],
        ).to("cuda")
        generator = torch.Generator("cuda").manual_seed(seed or 0)
        out = pipe(prompt_embeds=self.compel_proc(prompt), image=[Image.open(tile_image)],
                   num_inference_steps=num_inference_steps, generator=generator)
        out.images[0].save("/tmp/out-0.png")
        return [Path("/tmp/out-0.png")]
