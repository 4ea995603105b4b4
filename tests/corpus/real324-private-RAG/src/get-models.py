from huggingface_hub import hf_hub_download

#hf_hub_download(repo_id="TheBloke/TinyLlama-1.1B-Chat-v1.0-GGUF", filename="tinyllama-1.1b-chat-v1.0.Q5_K_M.gguf", local_dir="/content/privateGPT-axon/models/")
hf_hub_download(repo_id="TheBloke/dolphin-2.6-mistral-7B-GGUF", filename="dolphin-2.6-mistral-7b.Q5_K_M.gguf", local_dir="/content/privateGPT-axon/models/")