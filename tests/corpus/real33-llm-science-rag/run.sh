pip install git+https://github.com/huggingface/transformers -q
pip install --upgrade -q wandb
pip install sentencepiece -q
pip install -q accelerate -U
pip install -q transformers[torch]
pip install datasets colorama faiss-gpu -q
