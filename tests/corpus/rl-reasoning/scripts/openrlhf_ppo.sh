#!/usr/bin/env bash
ray job submit --address="http://127.0.0.1:8265" \
   --runtime-env-json='{"working_dir": "/openrlhf"}' \
   -- python3 -m openrlhf.cli.train_ppo_ray \
   --ref_num_nodes 1 \
   --pretrain OpenRLHF/Llama-3-8b-sft-mixture \
   --reward_pretrain OpenRLHF/Llama-3-8b-rm-mixture \
   --save_path /openrlhf/examples/checkpoint/llama3-8b-rlhf \
   --micro_train_batch_size 8 \
   --prompt_data OpenRLHF/prompt-collection-v0.1 \
   --input_key context_messages \
   --apply_chat_template \
   --max_samples 100000 \
   --use_wandb ${WANDB_TOKEN} \
   --wandb_project openrlhf/ppo

deepspeed --module openrlhf.cli.train_rm \
   --save_path ./checkpoint/llama3-8b-rm \
   --pretrain=OpenRLHF/Llama-3-8b-sft-mixture \
   --dataset OpenRLHF/preference_dataset_mixture2_and_safe_pku \
   --chosen_key chosen --rejected_key rejected \
   --bf16 --flash_attn --gradient_checkpointing
