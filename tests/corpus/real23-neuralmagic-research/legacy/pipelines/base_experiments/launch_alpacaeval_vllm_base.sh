python alpacaeval_vllm_base.py \
  --model-id meta-llama/Llama-3.2-1B-Instruct
