#!/usr/bin/env python3
import os

import rospkg
from huggingface_hub import hf_hub_download

rospack = rospkg.RosPack()

# local cache for the weights
local_model_dir = os.path.join(rospack.get_path("detr_inference"), "model")

hf_account_name = "ARG-NCTU"
hf_repo_name = "detr-resnet-50-finetuned-20-epochs-boat-dataset"
hf_model_path = os.path.join(local_model_dir, hf_account_name, hf_repo_name)

if not os.path.exists(hf_model_path):
    os.makedirs(hf_model_path, exist_ok=True)
    for file in ["config.json", "model.safetensors", "preprocessor_config.json"]:
        hf_hub_download(repo_id=f"{hf_account_name}/{hf_repo_name}", repo_type="model", filename=file, local_dir=hf_model_path)
