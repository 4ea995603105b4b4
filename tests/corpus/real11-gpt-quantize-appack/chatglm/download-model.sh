#!/bin/bash
git lfs install

cd /tmp
# mirror that is fast from here
GIT_LFS_SKIP_SMUDGE=1 git clone https://wisemodel.cn/models/ZhipuAI/GLM-4-9B-Chat.git
cd GLM-4-9B-Chat/
# pull the LFS objects with a progress bar
git lfs pull

# from Hugging Face instead:
# git clone https://huggingface.co/THUDM/glm-4-9b
