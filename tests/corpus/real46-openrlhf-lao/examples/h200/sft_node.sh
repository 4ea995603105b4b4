# -*- coding: utf-8 -*-
set -x

export WANDB_MODE=offline
export TRANSFORMERS_CACHE="/mnt/data/liuchonghan/hf_cache"
export HF_HOME="/mnt/data/liuchonghan/hf_home"
OPENRLHF_PREFIX="/mnt/data/liuchonghan/env/openrlhf"

mkdir -p /mnt/data/liuchonghan/hf_cache
mkdir -p /mnt/data/liuchonghan/hf_home

export MASTER_ADDR=22.25.243.26
export MASTER_PORT=29501
export WORLD_SIZE=64

echo "🚀  Total GPUs: 64 (8 per node)"

read -r -d '' training_commands <<EOT
openrlhf.cli.train_sft \
   --max_len 4096 \
   --dataset /mnt/data/liuchonghan/sft_translate_dataset \
   --train_batch_size 5120 \
   --input_key question \
   --output_key response \
   --micro_train_batch_size 16 \
   --pretrain /mnt/data/liuchonghan/Qwen_cpt \
   --save_path ./checkpoint/RLer_1017_4 \
   --save_steps 3000 \
   --max_epochs 3 \
   --bf16 \
   --attn_implementation flash_attention_2 \
   --learning_rate 5e-6 \
   --gradient_checkpointing \
   --packing_samples \
   --apply_chat_template \
   --dataset_cache_dir /mnt/data/liuchonghan/dataset_cache
EOT

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
HOSTFILE="${SCRIPT_DIR}/hostfile_nodes.txt"

"${OPENRLHF_PREFIX}/bin/deepspeed" --hostfile "$HOSTFILE" \
                 --master_addr $MASTER_ADDR \
                 --master_port $MASTER_PORT \
                 --module $training_commands
