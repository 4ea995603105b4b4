# Environment for the vLLM service

# A HuggingFace token is needed to fetch the model
if [ -z "${HUGGINGFACEHUB_API_TOKEN}" ]; then
    echo "Error: HUGGINGFACEHUB_API_TOKEN is not set. Please set HUGGINGFACEHUB_API_TOKEN."
    exit 1
fi

# image registry
export REGISTRY=${REGISTRY:-"opea"}
export TAG=${TAG:-"latest"}

# host address used between services
export host_ip=$(hostname -I | awk '{print $1}')
if [ -z "${host_ip}" ]; then
    echo "Error: Could not determine host_ip."
    exit 1
fi

# model
export LLM_MODEL_ID="Qwen/Qwen2.5-0.5B-Instruct"  # small model while testing
export MODEL_CACHE=${MODEL_CACHE:-"./data"}

# vLLM memory (down from the 128GB default)
export VLLM_SHM_SIZE=16g  # half of the 32GB RAM
export VLLM_CPU_OMP_THREADS_BIND=1  # bind CPU threads
