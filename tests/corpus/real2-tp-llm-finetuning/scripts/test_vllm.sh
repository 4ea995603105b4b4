curl http://172.17.0.1:8021/llm-small/v1/completions \
-H "Content-Type: application/json" \
-H "Authorization: Bearer change-this-token" \
-d '{
    "model": "Qwen/Qwen3-8B",
    "prompt": "Which subjects are taught at the engineering school?",
    "max_tokens": 128,
    "temperature": 0.8
}'
