# LoRA fine-tune Qwen2.5-7B as an embedding model with tevatron (2 H200 GPUs).
export CUDA_VISIBLE_DEVICES=0,1
export OMP_NUM_THREADS=1

# wandb project where the training results are logged
export WANDB_PROJECT=rlhn

# Two rlhn curated training datasets: 400K and 680K
# 400K: https://huggingface.co/datasets/RLHN/bge-retrieval-data-stage-2-rlhn-400K (Tevatron Format)
# 680K: https://huggingface.co/datasets/RLHN/bge-retrieval-data-stage-2-rlhn-680K (Tevatron Format)
DATASETS=("bge-retrieval-data-stage-2-rlhn-400K" "bge-retrieval-data-stage-2-rlhn-680K")

for dataset in ${DATASETS[@]}; do
    deepspeed --include localhost:0,1 --master_port 60000 --module tevatron.retriever.driver.train \
        --deepspeed ds_zero0_config.json \
        --output_dir models/Qwen2.5-7B-$dataset \
        --run_name Qwen2.5-7B-$dataset-bsize-64x4x8-epochs-1 \
        --lora \
        --lora_target_modules q_proj,k_proj,v_proj,o_proj,down_proj,up_proj,gate_proj \
        --model_name_or_path Qwen/Qwen2.5-7B \
        --attn_implementation flash_attention_2 \
        --dtype bfloat16 \
        --dataset_name RLHN/$dataset \
        --query_prefix "query: " \
        --passage_prefix "passage: " \
        --pooling eos \
        --per_device_train_batch_size 64 \
        --learning_rate 5e-6 \
        --num_train_epochs 1 \
        --gradient_accumulation_steps 4
done

### Same run with CACHE_DIR and DATASETS_CACHE_DIR set:
# export CACHE_DIR=<your_cache_dir>
# deepspeed --include localhost:0,1 --master_port 60000 --module tevatron.retriever.driver.train \
#     --output_dir models/Qwen2.5-7B-bge-retrieval-data-stage-2-rlhn-400K \
#     --model_name_or_path Qwen/Qwen2.5-7B \
#     --cache_dir <your_cache_dir> \
#     --dataset_name RLHN/bge-retrieval-data-stage-2-rlhn-400K \
#     --pooling eos
