#!/usr/bin/env bash
# Nightly bake-off. Results land in results/$(date +%F).
set -eo pipefail
OUT=results/$(date +%F)

for m in meta-llama/Llama-3.1-8B-Instruct Qwen/Qwen2.5-7B-Instruct google/gemma-2-9b-it; do
  lm_eval --model vllm \
    --model_args pretrained=${m},tensor_parallel_size=2,dtype=auto \
    --tasks mmlu_pro_law,gsm8k_acme \
    --include_path tasks/ \
    --output_path "${OUT}/${m//\//__}" \
    --batch_size auto
done

lighteval accelerate "model_name=HuggingFaceTB/SmolLM2-1.7B-Instruct" "leaderboard|truthfulqa:mc|0|0"
alpaca_eval --model_outputs ${OUT}/outputs.json --annotators_config weighted_alpaca_eval_gpt4_turbo
python evals/run.py --smoke
