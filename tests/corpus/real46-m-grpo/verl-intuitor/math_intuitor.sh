set -x
mkdir ~/data/
cp -r ./data/math  ~/data/math
# pip install -e .
export HYDRA_FULL_ERROR=1
export WANDB_MODE=offline
export CUDA_VISIBLE_DEVICES=0,1,2,3,4,5,6,7
ray stop --force

# ========= 基本配置 =========
PROJECT_NAME="self_rl_math"
RUN_NAME="grpo_mv_naive_3b"
TIMESTAMP=$(date '+%Y-%m-%d_%H-%M-%S')
EXPERIMENT_NAME="${PROJECT_NAME}-${RUN_NAME}-${TIMESTAMP}"

# ========= 输出目录 =========
SAVE_CHECKPOINT_DIR="output_dir"
today=909
mkdir running_logs/${today}
mkdir -p ${SAVE_CHECKPOINT_DIR}/${PROJECT_NAME}/${EXPERIMENT_NAME}
mkdir -p "${SAVE_CHECKPOINT_DIR}/logs/tensorboard"

PYTHONUNBUFFERED=1 python3 -m verl.trainer.main_ppo \
    algorithm.adv_estimator=grpo \
    data.train_files=$HOME/data/math/train.parquet \
    data.val_files=$HOME/data/math/test.parquet \
    data.train_batch_size=128 \
    data.max_prompt_length=512 \
    data.max_response_length=3072 \
    data.truncation='error' \
    actor_rollout_ref.model.path=/inspire/hdd/project/robot-dna/sujiadi-p-sujiadi/baibizhe-tmp/ckpts/llm/Qwen2.5-3B  \
    actor_rollout_ref.actor.optim.lr=1e-5 \
    actor_rollout_ref.model.use_remove_padding=True \
    actor_rollout_ref.actor.ppo_mini_batch_size=128 \
    actor_rollout_ref.actor.use_kl_loss=True \
    actor_rollout_ref.actor.kl_loss_coef=0.005 \
    actor_rollout_ref.rollout.name=vllm \
    actor_rollout_ref.rollout.gpu_memory_utilization=0.3 \
    actor_rollout_ref.rollout.n=12 \
    reward_model.reward_manager=m_grpo \
    trainer.n_gpus_per_node=8 \
    trainer.nnodes=1 \
    trainer.logger=['console','wandb','tensorboard'] \
    trainer.project_name=${PROJECT_NAME} \
    trainer.experiment_name=${EXPERIMENT_NAME} \
    trainer.default_local_dir=${SAVE_CHECKPOINT_DIR}/${PROJECT_NAME}/${EXPERIMENT_NAME} \
    +trainer.tensorboard_dir=${SAVE_CHECKPOINT_DIR}/logs/tensorboard \
    trainer.total_epochs=4   > running_logs/${today}/${EXPERIMENT_NAME}.log 2>&1

python /inspire/hdd/project/robot-dna/sujiadi-p-sujiadi/baibizhe-tmp/do_gpu_work.py
