MODEL_CACHE = "diffusers-cache"
SAFETY_MODEL_ID = "CompVis/stable-diffusion-safety-checker"


# "lllyasviel/sd-controlnet-canny"
# "lllyasviel/sd-controlnet-depth"
# "lllyasviel/sd-controlnet-hed"
# "lllyasviel/sd-controlnet-mlsd"
# "lllyasviel/sd-controlnet-normal"
# "lllyasviel/sd-controlnet-openpose"
CONTROLNET_MODEL = "lllyasviel/sd-controlnet-scribble"
# "lllyasviel/sd-controlnet-seg"

BASE_MODEL_PATH = "./weights"
