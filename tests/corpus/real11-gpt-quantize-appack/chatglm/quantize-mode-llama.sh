#!/bin/bash

# step 1: HF checkpoint -> GGUF F16
# log says: Model successfully exported to /tmp/GLM-4-9B-Chat/glm4-9B-chat-F16.gguf
python3 convert_hf_to_gguf.py /tmp/GLM-4-9B-Chat

# step 2: 4-bit, Q4_K_M
# writes /tmp/models/chatglm-ggml-model-Q4_K_M.gguf
./llama-quantize /tmp/GLM-4-9B-Chat/glm4-9B-chat-F16.gguf /tmp/models/chatglm-ggml-model-Q4_K_M.gguf Q4_K_M

# step 3 (only when an old file type is no longer supported)
# ./llama-quantize /tmp/models/chatglm-ggml-model-Q4_K_M.gguf /tmp/models/chatglm-ggml-model-Q4_K_M-v2.gguf COPY

# smoke test
# ./llama-cli -m /tmp/models/chatglm-ggml-model-Q4_K_M.gguf -cnv -p "You are a helpful assistant"
