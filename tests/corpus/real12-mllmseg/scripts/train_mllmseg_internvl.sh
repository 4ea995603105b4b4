set -x

GPUS=${GPUS:-4}
CPUS_PER_TASK=$((GPUS * 16))
BATCH_SIZE=${BATCH_SIZE:-32}
PER_DEVICE_BATCH_SIZE=${PER_DEVICE_BATCH_SIZE:-4}
GRADIENT_ACC=$((BATCH_SIZE / PER_DEVICE_BATCH_SIZE / GPUS))
LORA_RANK=${LORA_RANK:-64}
MODEL_NAME=${MODEL_NAME:-"OpenGVLab/InternVL2_5-1B"}
parts=(${MODEL_NAME//\// })
export PYTHONPATH="${PYTHONPATH}:$(pwd)"
export MASTER_PORT=$(shuf -i 20000-65000 -n 1)
export LAUNCHER=pytorch

OUTPUT_DIR=work_dirs/mllmseg_lora${LORA_RANK}_${parts[1]}_b${BATCH_SIZE}_g${PER_DEVICE_BATCH_SIZE}
mkdir -p "$OUTPUT_DIR"

srun -p mineru4s --gres=gpu:${GPUS} --job-name=train --quotatype=reserved --cpus-per-task=${CPUS_PER_TASK} \
  torchrun --nnodes=1 --node_rank=0 --master_addr=127.0.0.1 --nproc_per_node=${GPUS} --master_port=${MASTER_PORT} \
  mllmseg_internvl/finetune_mllmseg.py \
  --model_name_or_path ${MODEL_NAME} \
  --train_dataset "refer_seg" \
  --refer_seg_data "refclef||refcoco||refcoco+||refcocog" \
  --output_dir ${OUTPUT_DIR} \
  --freeze_llm True \
  --freeze_backbone True \
  --use_llm_lora ${LORA_RANK} \
  --bf16 True \
  --total_steps 50000 \
  --per_device_train_batch_size ${PER_DEVICE_BATCH_SIZE} \
  --gradient_accumulation_steps ${GRADIENT_ACC} \
  --save_strategy "steps" \
  --save_steps 1000 \
  --learning_rate 4e-5 \
  --lr_scheduler_type "cosine" \
  --ps_version 'v2' \
  --deepspeed "zero_stage1_config.json" \
  --report_to "tensorboard" \
  2>&1 | tee -a "${OUTPUT_DIR}/training_log.txt"
