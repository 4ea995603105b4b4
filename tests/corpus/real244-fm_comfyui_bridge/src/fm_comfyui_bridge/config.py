# API endpoint of ComfyUI
COMFYUI_URL = "http://127.0.0.1:8188/"

# ComfyUI model checkpoint
COMFYUI_USE_CHECKPOINT = "illustriousXL_v01.safetensors"
# ComfyUI checkpoint node
COMFYUI_NODE_CHECKPOINT = "4"
# ComfyUI LoRA checkpoint node
COMFYUI_NODE_LORA_CHECKPOINT = "19"
# ComfyUI prompt node
COMFYUI_NODE_PROMPT = "6"
# ComfyUI negative prompt node
COMFYUI_NODE_NEGATIVE = "7"
# ComfyUI seed node
COMFYUI_NODE_SEED = "10"
# ComfyUI output node
COMFYUI_NODE_OUTPUT = "26"
# ComfyUI latent size node
COMFYUI_NODE_SIZE = "15"
# ComfyUI sampling mode node
COMFYUI_NODE_SAMPLING_DISCRETE = "16"

OUTPUTS_DIR = "./outputs/"
