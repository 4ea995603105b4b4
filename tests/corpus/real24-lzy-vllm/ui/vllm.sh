# 1. install vllm first:
# git clone https://github.com/LZY-the-boys/vllm
# pip install -e .

source activate vllm

CUDA_VISIBLE_DEVICES=4,5 \
python openai_api_server.py \
--model lu-vae/qwen-openhermes-merged \
--served-model-name Qwen-openhermes \
--trust-remote-code \
--tensor-parallel-size 2
# serves on http://0.0.0.0:8000 by default

# quick check with curl
curl http://localhost:8000/v1/chat/completions \
-H "Content-Type: application/json" \
-d '{
"model": "lu-vae/qwen-openhermes-merged",
"messages": [
{"role": "system", "content": ""},
{"role": "user", "content": "Write a Perl script that counts HTTP status codes in a log file."}
]
}'| echo -e "$(cat)\n" >> tmp.json

# web ui
# current web-ui version: https://github.com/enricoros/big-agi
