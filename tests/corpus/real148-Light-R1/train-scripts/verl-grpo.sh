set -x
date=$(date "+%y%m%d%H%M")
python3 -m verl.trainer.main_ppo \
    algorithm.adv_estimator=grpo \
    data.train_files=/<masked>/verl/data/bigmath-rate-0.2_0.625-9k+deepscaler-hard-1k/train.parquet \
    data.val_files=/<masked>/verl/data/eval250220/eval.parquet \
    data.train_batch_size=128 \
    data.max_prompt_length=1024 \
    data.max_response_length=24000 \
    actor_rollout_ref.model.path=/<masked>/models--deepseek-ai--DeepSeek-R1-Distill-Qwen-14B-sft-stage2-3k/checkpoint-178 \
    actor_rollout_ref.actor.optim.lr=1e-6 \
    actor_rollout_ref.model.use_remove_padding=True \
    actor_rollout_ref.actor.use_kl_loss=True \
    actor_rollout_ref.actor.kl_loss_coef=0.001 \
    actor_rollout_ref.rollout.tensor_model_parallel_size=4 \
    actor_rollout_ref.rollout.name=vllm \
    actor_rollout_ref.rollout.n=8 \
    trainer.logger=['console','wandb'] \
    trainer.project_name='verl_grpo_r1' \
    trainer.experiment_name='ds_14b_cpt178_length_answer_reward_seq_packing_24k_out_curriculum1_grpo' \
    trainer.n_gpus_per_node=8 \
    trainer.nnodes=16 \
    trainer.default_local_dir=/<masked>/verl_grpo_r1/ds_14b_cpt178_answer_reward_seq_packing_24k_out_grpo \
    trainer.total_epochs=5 $@  2>&1 | tee logs/${date}_train_grpo_rule_length_r1_14B_24k.log
