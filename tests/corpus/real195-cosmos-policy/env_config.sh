# Huggingface
export HF_HOME="./checkpoints/hf_cache"
export TRANSFORMERS_CACHE="$HF_HOME"
export HF_ENDPOINT="https://hf-mirror.com"

# MUJOCO
export EGL_DEVICE_ID="0"  
export MUJOCO_GL="osmesa"  
export PYOPENGL_PLATFORM="osmesa"
