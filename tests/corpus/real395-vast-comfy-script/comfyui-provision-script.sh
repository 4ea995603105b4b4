WORKFLOWS=(
    "https://gist.githubusercontent.com/robballantyne/f8cb692bdcd89c96c0bd1ec0c969d905/raw/2d969f732d7873f0e1ee23b2625b50f201c722a5/flux_dev_example.json"
)

# Models
LORA_MODELS=(
    "https://huggingface.co/alibaba-pai/CogVideoX-Fun-V1.1-Reward-LoRAs/resolve/main/CogVideoX-Fun-V1.1-5b-InP-MPS.safetensors:CogVideo/loras:CogVideoX-Fun-V1.1-5b-InP-MPS.safetensors"
    "https://huggingface.co/ali-vilab/ACE_Plus/resolve/main/portrait/comfyui_portrait_lora64.safetensors:loras/ACE:comfyui_portrait_lora64.safetensors"
    "https://huggingface.co/ali-vilab/ACE_Plus/resolve/main/subject/comfyui_subject_lora16.safetensors:loras/ACE:comfyui_subject_lora16.safetensors"
    "https://huggingface.co/wangfuyun/AnimateLCM/resolve/main/AnimateLCM_sd15_t2v_lora.safetensors:loras/SD15:AnimateLCM_sd15_t2v_lora.safetensors"
    "https://huggingface.co/xiaozaa/catvton-flux-lora-alpha/resolve/main/pytorch_lora_weights.safetensors:loras:catVtonLora.safetensors"
    "https://huggingface.co/enhanceaiteam/Flux-Uncensored-V2/resolve/main/lora.safetensors?download=true:loras/FLUX:uncensored-flux-lora.safetensors"
    "https://huggingface.co/ByteDance/Hyper-SD/resolve/main/Hyper-FLUX.1-dev-8steps-lora.safetensors:loras/FLUX/HYPERLFUX:Hyper-FLUX.1-dev-8steps-lora.safetensors"
    "https://huggingface.co/spacepxl/skyreels-i2v-smooth-lora/resolve/main/skyreels-i2v-smooth-lora-test-00000350.safetensors:loras:skyreels-i2v-smooth-lora-test-00000350.safetensors"
)

ANIMATEDIFF_MODELS=(
    "https://huggingface.co/guoyww/animatediff/resolve/main/mm_sd_v15_v2.ckpt:animatediff_models:mm_sd_v15_v2.ckpt"
    "https://huggingface.co/wangfuyun/AnimateLCM/resolve/main/AnimateLCM_sd15_t2v.ckpt:animatediff_models:AnimateLCM_sd15_t2v.ckpt"
)

UNET_MODELS=(
    "https://huggingface.co/lllyasviel/FLUX.1-schnell-gguf/resolve/main/flux1-schnell-Q4_0.gguf:unet:flux1-dev-Q4_0.gguf"
    "https://huggingface.co/lllyasviel/flux1_dev/resolve/main/flux1-dev-fp8.safetensors:unet:flux1-dev-fp8.safetensors"
    "https://huggingface.co/jingheya/lotus-normal-d-v1-0/resolve/main/unet/diffusion_pytorch_model.safetensors:unet:lotus-normal-d-v1-0.safetensors"
    "https://huggingface.co/jingheya/lotus-depth-g-v2-0-disparity/resolve/main/unet/diffusion_pytorch_model.safetensors:unet:lotus-depth-g-v2-0.safetensors"
)

UPSCALE_MODELS=(
    "https://huggingface.co/FacehugmanIII/4x_foolhardy_Remacri/resolve/main/4x_foolhardy_Remacri.pth:upscale_models:4x_foolhardy_Remacri.pth"
    "https://github.com/xinntao/Real-ESRGAN/releases/download/v0.1.0/RealESRGAN_x4plus.pth:upscale_models:RealESRGAN_x4plus.pth"
    "https://huggingface.co/datasets/neverjay/upscalers/resolve/main/4x-UltraSharp.pth:upscale_models:4x-UltraSharp.pth"
)

IPADAPTER_MODELS=(
    "https://huggingface.co/h94/IP-Adapter/resolve/main/models/ip-adapter_sd15.safetensors:ipadapter:ip-adapter_sd15.safetensors"
    "https://huggingface.co/h94/IP-Adapter/resolve/main/models/ip-adapter-plus_sd15.safetensors:ipadapter:ip-adapter-plus_sd15.safetensors"
    "https://huggingface.co/h94/IP-Adapter-Plus-Face/resolve/main/ip-adapter-plus-face_sd15.safetensors:ipadapter:ip-adapter-plus-face_sd15.safetensors"
    "https://huggingface.co/h94/IP-Adapter/resolve/main/sdxl_models/ip-adapter_sdxl_vit-h.safetensors:ipadapter:ip-adapter_sdxl_vit-h.safetensors"
    "https://huggingface.co/h94/IP-Adapter/resolve/main/sdxl_models/ip-adapter-plus_sdxl_vit-h.safetensors:ipadapter:ip-adapter-plus_sdxl_vit-h.safetensors"
    "https://huggingface.co/h94/IP-Adapter/resolve/main/sdxl_models/ip-adapter-plus-face_sdxl_vit-h.safetensors:ipadapter:ip-adapter-plus-face_sdxl_vit-h.safetensors"
)

PULID_MODELS=(
    "https://huggingface.co/guozinan/PuLID/resolve/main/pulid_flux_v0.9.1.safetensors:pulid:pulid_flux_v0.9.1.safetensors"
    "https://huggingface.co/huchenlei/ipadapter_pulid/resolve/main/ip-adapter_pulid_sdxl_fp16.safetensors?download=true:pulid:ip-adapter_pulid_sdxl_fp16.safetensors"
)

INSTANTID_MODELS=(
    "https://huggingface.co/InstantX/InstantID/resolve/main/ip-adapter.bin?download=true:instantid:ip-adapter.bin"
)

PHOTOMAKER_MODELS=(
    "https://huggingface.co/TencentARC/PhotoMaker-V2/resolve/main/photomaker-v2.bin:photomaker:photomaker-v2.bin"
)

INPAINT_MODELS=(
    "https://huggingface.co/lllyasviel/fooocus_inpaint/resolve/main/fooocus_inpaint_head.pth:inpaint:fooocus_inpaint_head.pth"
    "https://huggingface.co/lllyasviel/fooocus_inpaint/resolve/8fcfd208b8e76537f23ae061dc3e3d26714ee4ec/inpaint_v26.fooocus.patch:inpaint:inpaint_v26.fooocus.patch"
)

SAM_MODELS=(
    "https://huggingface.co/lkeab/hq-sam/resolve/main/sam_hq_vit_h.pth:sams:sam_hq_vit_h.pth"
    "https://huggingface.co/datasets/Gourieff/ReActor/resolve/main/models/sams/sam_vit_b_01ec64.pth:sams:sam_vit_b_01ec64.pth"
)

LLM_MODELS=(
    "https://huggingface.co/MaziyarPanahi/Mistral-7B-Instruct-v0.3-GGUF/resolve/main/Mistral-7B-Instruct-v0.3.Q4_K_M.gguf:llm_gguf:Mistral-7B-Instruct-v0.3.Q4_K_M.gguf"
)

FACERESTORE_MODELS=(
    "https://github.com/TencentARC/GFPGAN/releases/download/v1.3.0/GFPGANv1.3.pth:facerestore_models:GFPGANv1.3.pth"
    "https://github.com/TencentARC/GFPGAN/releases/download/v1.3.4/GFPGANv1.4.pth:facerestore_models:GFPGANv1.4.pth"
)

VAE_APPROX_MODELS=(
    "https://github.com/madebyollin/taesd/raw/main/taesd_decoder.pth:vae_approx:taesd_decoder.pth"
    "https://github.com/madebyollin/taesd/raw/main/taesd_encoder.pth:vae_approx:taesd_encoder.pth"
    "https://github.com/madebyollin/taesd/raw/main/taesdxl_decoder.pth:vae_approx:taesdxl_decoder.pth"
    "https://github.com/madebyollin/taesd/raw/main/taesdxl_encoder.pth:vae_approx:taesdxl_encoder.pth"
)

DIFFUSION_MODELS=(
    "https://huggingface.co/mcmonkey/cosmos-1.0/resolve/main/Cosmos-1_0-Diffusion-7B-Text2World.safetensors:diffusion_models:Cosmos-1_0-Diffusion-7B-Text2World.safetensors"
    "https://huggingface.co/mcmonkey/cosmos-1.0/resolve/main/Cosmos-1_0-Diffusion-7B-Video2World.safetensors:diffusion_models:Cosmos-1_0-Diffusion-7B-Video2World.safetensors"
    "https://huggingface.co/Comfy-Org/HunyuanVideo_repackaged/resolve/main/split_files/diffusion_models/hunyuan_video_t2v_720p_bf16.safetensors:diffusion_models:hunyuan_video_t2v_720p_bf16.safetensors"
    "https://huggingface.co/Kijai/SkyReels-V1-Hunyuan_comfy/resolve/main/skyreels_hunyuan_i2v_fp8_e4m3fn.safetensors:diffusion_models:skyreels_hunyuan_i2v_fp8_e4m3fn.safetensors"
    "https://huggingface.co/Comfy-Org/Wan_2.1_ComfyUI_repackaged/resolve/main/split_files/diffusion_models/wan2.1_i2v_480p_14B_fp8_e4m3fn.safetensors:diffusion_models:wan2.1_i2v_480p_14B_fp8_e4m3fn.safetensors"
    "https://huggingface.co/Comfy-Org/Wan_2.1_ComfyUI_repackaged/resolve/main/split_files/diffusion_models/wan2.1_i2v_720p_14B_fp8_e4m3fn.safetensors:diffusion_models:wan2.1_i2v_720p_14B_fp8_e4m3fn.safetensors"
    "https://huggingface.co/Comfy-Org/Wan_2.1_ComfyUI_repackaged/resolve/main/split_files/diffusion_models/wan2.1_t2v_1.3B_bf16.safetensors:diffusion_models:wan2.1_t2v_1.3B_bf16.safetensors"
    "https://huggingface.co/Comfy-Org/Wan_2.1_ComfyUI_repackaged/resolve/main/split_files/diffusion_models/wan2.1_t2v_14B_fp8_e4m3fn.safetensors:diffusion_models:wan2.1_t2v_14B_fp8_e4m3fn.safetensors"
    "https://huggingface.co/lllyasviel/ic-light/resolve/main/iclight_sd15_fc.safetensors:diffusion_models/IC-Light:iclight_sd15_fc.safetensors"
)

CONTROLNET_MODELS=(
    "https://huggingface.co/Shakker-Labs/FLUX.1-dev-ControlNet-Union-Pro/resolve/main/diffusion_pytorch_model.safetensors:controlnet:Flux_contolnet_union.safetensors"
    "https://huggingface.co/monster-labs/control_v1p_sd15_qrcode_monster/resolve/main/control_v1p_sd15_qrcode_monster.safetensors:controlnet/animatediff:control_v1p_sd15_qrcode_monster.safetensors"
    "https://huggingface.co/monster-labs/control_v1p_sdxl_qrcode_monster/resolve/main/diffusion_pytorch_model.safetensors:controlnet:control_v1p_sdxl_qrcode_monster.safetensors"
    "https://huggingface.co/lllyasviel/control_v11f1p_sd15_depth/resolve/main/diffusion_pytorch_model.fp16.safetensors:controlnet:control_v11f1p_sd15_depth.safetensors"
    "https://huggingface.co/lllyasviel/ControlNet-v1-1/resolve/main/control_v11f1e_sd15_tile.pth:controlnet:control_v11f1e_sd15_tile.pth"
    "https://huggingface.co/lllyasviel/control_v11p_sd15_lineart/resolve/main/diffusion_pytorch_model.safetensors:controlnet:control_v11p_sd15_lineart.safetensors"
    "https://huggingface.co/lllyasviel/control_v11p_sd15_openpose/resolve/main/diffusion_pytorch_model.safetensors:controlnet:control_v11p_sd15_openpose.safetensors"
    "https://huggingface.co/xinsir/controlnet-union-sdxl-1.0/resolve/main/diffusion_pytorch_model_promax.safetensors:controlnet:controlnet-union-sdxl-1.0.safetensors"
    "https://huggingface.co/alimama-creative/FLUX.1-dev-Controlnet-Inpainting-Beta/resolve/main/diffusion_pytorch_model.safetensors:controlnet:FLUX.1-dev-Controlnet-Inpainting-Beta.safetensors"
    "https://huggingface.co/InstantX/InstantID/resolve/main/ControlNetModel/diffusion_pytorch_model.safetensors?download=true:controlnet:diffusion_pytorch_model.safetensors"
)
