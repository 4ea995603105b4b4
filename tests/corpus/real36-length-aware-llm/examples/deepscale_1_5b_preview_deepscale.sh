#!/bin/bash

set -x

export PYTHONUNBUFFERED=1
export CUDA_VISIBLE_DEVICES=0,1,2,3,4,5,6,7

MODEL_PATH=agentica-org/DeepScaleR-1.5B-Preview  # replace it with your local file path
# CKPT_PATH=/data/user/Length-Aware-LLM/checkpoints/Length-LLM/deepscaler_1.5b_deepscaler_1500_nf/global_step_300
PROJECT_NAME=Length-LLM

ray stop --force
ray start --head

python3 -m verl.trainer.main \
    config=examples/config.yaml \
    data.train_files=agentica-org/DeepScaleR-Preview-Dataset \
    data.val_files=HuggingFaceH4/MATH-500@test \
    worker.actor.model.model_path=${MODEL_PATH} \
    data.rollout_batch_size=128 \
    data.max_response_length=4096 \
    worker.actor.global_batch_size=32 \
    trainer.experiment_name=deepscaler_1.5b_deepscaler_1500_nf_dv1e2 \
    trainer.project_name=Length-LLM \
    trainer.n_gpus_per_node=8 \
    trainer.save_freq=25 \
    trainer.save_limit=4 \
    algorithm.penalty_cap=0.4 \
    algorithm.dual_lr=0.01 \
    algorithm.lambda_ceil=0.15 \
    algorithm.threshold=1500 \
    data.seed=20250521 \
    worker.rollout.n=3
