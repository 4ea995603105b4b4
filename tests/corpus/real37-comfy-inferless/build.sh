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

# download a file once, with an optional header
download_file() {
    local url=$1
    local destination=$2
    local header=$3
    if [ ! -f "$destination" ]; then
        if [ -n "$header" ]; then
            wget --header="$header" --progress=bar:force -c -O "$destination" "$url"
        else
            wget --progress=bar:force -c -O "$destination" "$url"
        fi
    fi
}

AUTH_HEADER="Authorization: Bearer <YOUR_HF_ACCESS_TOKEN>"

# UNET (gated, needs the header)
download_file "https://huggingface.co/black-forest-labs/FLUX.1-dev/resolve/main/flux1-dev.safetensors" "$COMFY_DIR/models/unet/flux1-dev.safetensors" "$AUTH_HEADER"

# text encoders
download_file "https://huggingface.co/comfyanonymous/flux_text_encoders/resolve/main/t5xxl_fp16.safetensors" "$COMFY_DIR/models/clip/t5xxl_fp16.safetensors"
download_file "https://huggingface.co/comfyanonymous/flux_text_encoders/resolve/main/clip_l.safetensors" "$COMFY_DIR/models/clip/clip_l.safetensors"
download_file "https://huggingface.co/comfyanonymous/flux_text_encoders/resolve/main/t5xxl_fp8_e4m3fn.safetensors" "$COMFY_DIR/models/clip/t5xxl_fp8_e4m3fn.safetensors"

# VAE
download_file "https://huggingface.co/black-forest-labs/FLUX.1-schnell/resolve/main/ae.safetensors" "$COMFY_DIR/models/vae/ae.safetensors"

# SD1.5 checkpoint for the second workflow
download_file "https://huggingface.co/autismanon/modeldump/resolve/main/dreamshaper_8.safetensors" "$COMFY_DIR/models/checkpoints/dreamshaper_8.safetensors"

# workflows
download_file "https://github.com/inferless/ComfyUI-Inferless-template/raw/main/workflows/flux_workflow.json" "$VOL_DIR/workflows/flux_workflow.json"
download_file "https://github.com/inferless/ComfyUI-Inferless-template/raw/main/workflows/sd1-5_workflow.json" "$VOL_DIR/workflows/sd1-5_workflow.json"
