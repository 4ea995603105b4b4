import cv2
import numpy as np
import torch
from controlnet_aux import OpenposeDetector
from diffusers import ControlNetModel, StableDiffusionControlNetPipeline, UniPCMultistepScheduler
from diffusers.utils import load_image
from PIL import Image

canny_image = load_image(
    "https://huggingface.co/datasets/huggingface/documentation-images/resolve/main/diffusers/landscape.png"
)
canny_image = cv2.Canny(np.array(canny_image), 100, 200)

# blank the middle columns where the pose goes
zero_start = canny_image.shape[1] // 4
zero_end = zero_start + canny_image.shape[1] // 2
canny_image[:, zero_start:zero_end] = 0
canny_image = Image.fromarray(np.concatenate([canny_image[:, :, None]] * 3, axis=2))

openpose = OpenposeDetector.from_pretrained("lllyasviel/ControlNet")
openpose_image = openpose(load_image(
    "https://huggingface.co/datasets/huggingface/documentation-images/resolve/main/diffusers/person.png"
))

controlnet = [
    ControlNetModel.from_pretrained(
        "lllyasviel/sd-controlnet-openpose", torch_dtype=torch.float16
    ),
    ControlNetModel.from_pretrained(
        "lllyasviel/sd-controlnet-canny", torch_dtype=torch.float16
    ),
]

pipe = StableDiffusionControlNetPipeline.from_pretrained(
    "runwayml/stable-diffusion-v1-5", controlnet=controlnet, torch_dtype=torch.float16
)
pipe.scheduler = UniPCMultistepScheduler.from_config(pipe.scheduler.config)
pipe.enable_model_cpu_offload()

image = pipe(
    "a giant standing in a fantasy landscape, best quality",
    [openpose_image, canny_image],
    num_inference_steps=20,
    generator=torch.Generator(device="cpu").manual_seed(1),
    negative_prompt="monochrome, lowres, bad anatomy, worst quality, low quality",
    controlnet_conditioning_scale=[1.0, 0.8],
).images[0]
image.save("demos/png/multi_controlnet_output.png")
