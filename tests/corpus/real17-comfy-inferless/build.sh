VOL_DIR="$NFS_VOLUME"
COMFY_DIR="$VOL_DIR/ComfyUI"

if [ ! -d "$COMFY_DIR" ]; then
    cd "$VOL_DIR"
    git clone https://github.com/comfyanonymous/ComfyUI.git && cd ComfyUI
    pip install -r requirements.txt
else
    cd "$COMFY_DIR" && git pull
fi

mkdir -p "$COMFY_DIR/models/unet" "$COMFY_DIR/models/clip" "$COMFY_DIR/models/vae" "$VOL_DIR/workflows"

# fetch a file unless it is already there; optional third arg is an extra header
fetch_once() {
    local src=$1
    local dst=$2
    local hdr=$3
    if [ ! -f "$dst" ]; then
        if [ -n "$hdr" ]; then
            wget --header="$hdr" --progress=bar:force -c -O "$dst" "$src"
        else
            wget --progress=bar:force -c -O "$dst" "$src"
        fi
    fi
}

HF_AUTH="Authorization: Bearer <YOUR_HF_ACCESS_TOKEN>"

# UNET (gated, needs the token)
fetch_once "https://huggingface.co/black-forest-labs/FLUX.1-dev/resolve/main/flux1-dev.safetensors" "$COMFY_DIR/models/unet/flux1-dev.safetensors" "$HF_AUTH"

# text encoders
fetch_once "https://huggingface.co/comfyanonymous/flux_text_encoders/resolve/main/t5xxl_fp16.safetensors" "$COMFY_DIR/models/clip/t5xxl_fp16.safetensors"
fetch_once "https://huggingface.co/comfyanonymous/flux_text_encoders/resolve/main/clip_l.safetensors" "$COMFY_DIR/models/clip/clip_l.safetensors"
fetch_once "https://huggingface.co/comfyanonymous/flux_text_encoders/resolve/main/t5xxl_fp8_e4m3fn.safetensors" "$COMFY_DIR/models/clip/t5xxl_fp8_e4m3fn.safetensors"

# VAE
fetch_once "https://huggingface.co/black-forest-labs/FLUX.1-schnell/resolve/main/ae.safetensors" "$COMFY_DIR/models/vae/ae.safetensors"

# SD1.5 checkpoint for the second workflow
fetch_once "https://huggingface.co/autismanon/modeldump/resolve/main/dreamshaper_8.safetensors" "$COMFY_DIR/models/checkpoints/dreamshaper_8.safetensors"

# workflow graphs
fetch_once "https://github.com/inferless/ComfyUI-Inferless-template/raw/main/workflows/flux_workflow.json" "$VOL_DIR/workflows/flux_workflow.json"
fetch_once "https://github.com/inferless/ComfyUI-Inferless-template/raw/main/workflows/sd1-5_workflow.json" "$VOL_DIR/workflows/sd1-5_workflow.json"
