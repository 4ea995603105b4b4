
export HF_HOME="$(pwd)/.hf_cache"
export PYTORCH_PRETRAINED_BERT_CACHE=$HF_HOME
export PYTORCH_TRANSFORMERS_CACHE=$HF_HOME
export TRANSFORMERS_CACHE=$HF_HOME
export HF_HUB_CACHE=$HF_HOME
export HUGGINGFACE_HUB_CACHE=$HF_HOME


export VIRTUAL_ENV="$(pwd)/.venv"


export HF_ENDPOINT="https://hf-mirror.com"
