import os

from huggingface_hub import hf_hub_download

repo_id = "TheBloke/Llama-2-7B-Chat-GGUF"
filename = "llama-2-7b-chat.Q4_K_M.gguf"
target_dir = "models"

os.makedirs(target_dir, exist_ok=True)
path = hf_hub_download(repo_id=repo_id, filename=filename, local_dir=target_dir)

print(f"model saved to {path}")
