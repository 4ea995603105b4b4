#!/bin/bash

# VQA stage
vqa_prompt_file="caption/VQA/vqa_prompt2.txt"
vqa_model="gemini-2.0-flash"
vqa_api_key="${VQA_API_KEY}"
vqa_num_workers=16  # threads
vqa_domain_file="caption/VQA/vqa_base_domain.txt"
vqa_wait_time=1

# LLM stage
llm_prompt_dir="caption/LLM/prompts2"
llm_num_workers=16
llm_wait_time=0.5

qwen_base_domain="https://dashscope.aliyuncs.com/compatible-mode/"
qwen_api_key_file="caption/LLM/api_list2.txt"
qwen_model_file="caption/LLM/model_list2.txt"

for i in {32..35}; do
    group_id="group_${i}"
    echo "now: $group_id"
    python caption/VQA/vqa_run.py \
        --group_id $group_id \
        --prompt_file $vqa_prompt_file \
        --model $vqa_model \
        --api_key $vqa_api_key \
        --num_workers $vqa_num_workers \
        --domain_file $vqa_domain_file \
        --wait_time $vqa_wait_time

    python caption/VQA/clean_vqa.py $group_id

    python caption/LLM/llm_run.py \
      --group_id $group_id \
      --prompt_dir $llm_prompt_dir \
      --model_file $qwen_model_file \
      --api_key_file $qwen_api_key_file \
      --num_workers $llm_num_workers \
      --base_domain $qwen_base_domain \
      --wait_time $llm_wait_time

    python caption/LLM/clean_llm.py $group_id
    python caption/post_caption/combine.py --group_id $group_id
done
