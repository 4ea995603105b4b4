TOKEN = ""
SAVE_DIR = "saves"

# name -> path of every model the bot may load
# example:
# {
#     "aurora": "models/aurora-v2",
#     "hassaku": "models/hassaku.safetensors"
# }
MODEL_PATHS = {}
UPSCALED_DIR = "upscaled"
# path to an esrgan model, None disables /upscale
ESRGAN_MODEL = None

DEVICE = "cuda"

# paths to embedding and lora files
EMBEDDINGS = []
LORAS = []

PRIMARY_EMBED_COLOR_CODE = "#FF99BA"
SECONDARY_EMBED_COLOR_CODE = "#FFC71C"

MAX_WIDTH = 800
MAX_HEIGHT = 1024


from diffusers import DPMSolverMultistepScheduler


def pipeline_setup(pipeline):
    # scheduler used by every pipeline (keep the name in main.py in sync)
    pipeline.scheduler = DPMSolverMultistepScheduler.from_config(
        pipeline.scheduler.config,
        use_karras_sigmas=True,
    )

    # attention slicing helps on apple silicon with lots of ram
    if DEVICE == "mps":
        pipeline.enable_attention_slicing()

    # keep the safety checker around so nsfw results can be spoilered instead of blacked out
    pipeline.orig_safety_checker = pipeline.safety_checker
    pipeline.safety_checker = None


import utils

PRIMARY_EMBED_COLOR = utils.get_embed_color(PRIMARY_EMBED_COLOR_CODE)
SECONDARY_EMBED_COLOR = utils.get_embed_color(SECONDARY_EMBED_COLOR_CODE)
