from huggingface_hub import hf_hub_download

hf_hub_download(repo_id="Kijai/WanVideo_comfy", filename="Wan2_1-T2V-14B_fp8_e4m3fn.safetensors", local_dir="/ComfyUI/models/unet/")

hf_hub_download(repo_id="Kijai/WanVideo_comfy", filename="Wan2_1-I2V-14B-720P_fp8_e4m3fn.safetensors", local_dir="/ComfyUI/models/unet/")


hf_hub_download(repo_id="Kijai/WanVideo_comfy", filename="umt5-xxl-enc-fp8_e4m3fn.safetensors", local_dir="/ComfyUI/models/clip/")

hf_hub_download(repo_id="Kijai/WanVideo_comfy", filename="Wan2_1_VAE_fp32.safetensors", local_dir="/ComfyUI/models/vae/")




hf_hub_download(repo_id="Kijai/WanVideo_comfy", filename="open-clip-xlm-roberta-large-vit-huge-14_visual_fp16.safetensors", local_dir="/ComfyUI/models/clip/")

hf_hub_download(repo_id="Kijai/WanVideo_comfy", filename="umt5-xxl-enc-bf16.safetensors", local_dir="/ComfyUI/models/clip/")
 

hf_hub_download(repo_id="gemasai/4x_NMKD-Siax_200k", filename="4x_NMKD-Siax_200k.pth", local_dir="/ComfyUI/models/upscale_models/")

hf_hub_download(repo_id="ai-forever/Real-ESRGAN", filename="RealESRGAN_x8.pth", local_dir="/ComfyUI/models/upscale_models/")
 
