# custom nodes
cd /workspace/ComfyUI/custom_nodes/

git clone https://github.com/WASasquatch/was-node-suite-comfyui
git clone https://github.com/cubiq/ComfyUI_IPAdapter_plus
git clone https://github.com/pythongosssss/ComfyUI-WD14-Tagger
git clone https://github.com/melMass/comfy_mtb
git clone https://github.com/twri/sdxl_prompt_styler
git clone https://github.com/cubiq/ComfyUI_essentials
git clone https://github.com/kijai/ComfyUI-KJNodes
git clone https://github.com/rgthree/rgthree-comfy

# model folders
mkdir -p /workspace/ComfyUI/models/ipadapter
mkdir -p /workspace/ComfyUI/models/deepbump

# deepbump
cd /workspace/ComfyUI/models/deepbump/
wget https://github.com/HugoTini/DeepBump/blob/master/deepbump256.onnx

# IP-Adapter
cd /workspace/ComfyUI/models/ipadapter/
wget https://huggingface.co/h94/IP-Adapter/resolve/main/sdxl_models/ip-adapter-plus_sdxl_vit-h.safetensors

# CLIP vision
cd /workspace/ComfyUI/models/clip_vision/
wget https://huggingface.co/h94/IP-Adapter/resolve/main/models/image_encoder/model.safetensors
mv model.safetensors CLIP-ViT-H-14-laion2B-s32B-b79K.safetensors

# upscaler
cd /workspace/ComfyUI/models/upscale_models/
wget https://huggingface.co/gemasai/4x_NMKD-Siax_200k/resolve/main/4x_NMKD-Siax_200k.pth

# checkpoints
cd /workspace/ComfyUI/models/checkpoints/
wget https://huggingface.co/RunDiffusion/Juggernaut-XL-v9/resolve/main/Juggernaut-XL_v9_RunDiffusionPhoto_v2.safetensors
wget https://civitai.com/api/download/models/456538 -O Juggernaut-XL_inpaint.safetensors

# VAE
cd /workspace/ComfyUI/models/vae/
wget https://huggingface.co/stabilityai/sdxl-vae/resolve/main/sdxl_vae.safetensors

cd /workspace/ComfyUI
python main.py --listen --port=3000
