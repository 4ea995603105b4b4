#!/bin/bash
mkdir -p /tmp/models

# q4_0 in chatglm.cpp's own GGML format
python3 /tmp/chatglm.cpp/chatglm_cpp/convert.py -i /tmp/GLM-4-9B-Chat -t q4_0 -o /tmp/models/chatglm-ggml.bin

# result: /tmp/models/chatglm-ggml.bin
