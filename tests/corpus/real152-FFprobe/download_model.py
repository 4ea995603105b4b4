# download_model.py
import os
from modelscope import snapshot_download

# --- settings ---
# switch MODEL_ID to 'LLM-Research/Meta-Llama-3.1-70B-Instruct' for the large one
MODEL_ID = 'LLM-Research/Meta-Llama-3.1-8B-Instruct'
CACHE_DIR = './model_weights'

print(f"Downloading {MODEL_ID}")
print(f"Target folder: {os.path.abspath(CACHE_DIR)}")

try:
    model_dir = snapshot_download(
        MODEL_ID,
        cache_dir=CACHE_DIR,
        revision='master',
        ignore_patterns=["*.gguf", "*.pth", "*.pt", "original/*"]
    )
    print(f"Finished. Use this path as model_dir in the notebooks:\n{model_dir}")
except Exception as e:
    print(f"Download failed: {e}")
