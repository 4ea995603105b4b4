#!/bin/bash
# GRPO on GSM8K with verl (hydra-style overrides)
set -x
python3 examples/data_preprocess/gsm8k.py --local_dir $HOME/data/gsm8k

python3 -m verl.trainer.main_ppo \
    algorithm.adv_estimator=grpo \
    data.train_files=$HOME/data/gsm8k/train.parquet \
    data.val_files=$HOME/data/gsm8k/test.parquet \
    data.train_batch_size=1024 \
    data.max_prompt_length=512 \
    actor_rollout_ref.model.path=Qwen/Qwen2.5-3B-Instruct \
    actor_rollout_ref.actor.optim.lr=1e-6 \
    actor_rollout_ref.rollout.name=vllm \
    actor_rollout_ref.rollout.n=5 \
    critic.model.path=Qwen/Qwen2.5-0.5B-Instruct \
    reward_model.model.path=Skywork/Skywork-Reward-Llama-3.1-8B-v0.2 \
    trainer.project_name=verl_grpo_example_gsm8k \
    trainer.experiment_name=qwen2.5_3b_grpo \
    trainer.default_local_dir=checkpoints/verl/qwen2.5_3b_grpo \
    trainer.n_gpus_per_node=8 $@
