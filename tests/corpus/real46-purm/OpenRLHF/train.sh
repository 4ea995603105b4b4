exp_dir=./ppo_exp
exp_name=hh_rlhf_purm
prompt_data=./dataset/hh_rlhf_train.jsonl
pretrain_model=<your_policy_model_path>
reward_model=<your_policy_model_path> #this does not matter

export NCCL_DEBUG=INFO
set -x

mkdir -p ${exp_dir}/${exp_name}
cp train.sh ${exp_dir}/${exp_name}/

# train_reinforce_llama_ray.sh 修改以下参数
ray job submit --address="http://127.0.0.1:8265" \
   --runtime-env-json='{"working_dir": "./OpenRLHF/"}' \
   -- RAY_BACKEND_WORKER_TIMEOUT_S=300 python3 -m openrlhf.cli.train_ppo_ray \
   --ref_num_nodes 1 \
   --actor_num_nodes 1 \
   --reward_num_nodes 1 \
   --vllm_num_engines 1 \
   --pretrain ${pretrain_model} \
   --reward_pretrain ${reward_model} \
   --micro_train_batch_size 8 \
   --train_batch_size 256 \
   --advantage_estimator reinforce \
   --zero_stage 2 \
   --bf16 \
   --prompt_data ${prompt_data} \
   --input_key context_messages \
   --apply_chat_template \
   --ckpt_path ${exp_dir}/${exp_name}/ckpt/ \
   --use_tensorboard ${exp_dir}/${exp_name}/tensorboard/ \
   --vllm_sync_backend gloo
# also supports --advantage_estimator rloo
