#!/bin/bash

# CKPT directory
model_name=Qwen2.5-7B-Instruct
project_name=HiLL
experiment_name=HiLL-${model_name} 
ckpts_dir="./checkpoints/${project_name}/${experiment_name}"
data_path="baohao"
results_dir="./results/"

# Configuration
K=16  # Number of samples to generate per prompt, used for averaging for a stable metric
GPUS=(0 1 2 3 4 5 6 7)

# Model and dataset arrays
models=()
for step in $(seq 500 -50 50); do
    models+=("${ckpts_dir}/global_step_${step}")
done
datasets=("aime24" "aime25" "amc23" "math500" "minerva_math" "olympiadbench" "gpqa" "mmlu_pro")

# Loop through models and datasets
for model_name in "${models[@]}"; do
    # Convert model to huggingface format
    echo "Converting model: $model_name to huggingface format..."
    python -m verl.model_merger merge \
        --backend fsdp \
        --local_dir ${model_name}/actor \
        --target_dir ${model_name}/merged

    echo "Testing model: $model_name"
    for dataset in "${datasets[@]}"; do
        echo "Testing dataset: $dataset"
        
        # Create model/dataset specific output directory
        output_dir=${model_name}/${dataset}
        mkdir -p ${output_dir}
        echo "Output directory: $output_dir"
        
        # Generate data in parallel
        echo "Starting parallel data generation..."
        for ((i=0; i<${#GPUS[@]}; i++)); do
            CUDA_VISIBLE_DEVICES=${GPUS[$i]} python3 eval/gen_data.py \
                --local_index ${i} \
                --my_world_size ${#GPUS[@]} \
                --model_name_or_path ${model_name}/merged \
                --max_input_length 16384 \
                --max_new_tokens 8192 \
                --temperature 0.6 \
                --top_p 0.95 \
                --output_dir ${output_dir} \
                --K $K \
                --dataset_name_or_path ${data_path}/${dataset} &
        done
        
        # Wait for all parallel processes to complete
        wait
        echo "Data generation completed."
        
        # Merge the generated data
        echo "Merging data..."
        python3 eval/merge_data.py \
            --base_path ${output_dir} \
            --output_dir ${output_dir}/merged_data.jsonl \
            --num_datasets ${#GPUS[@]}
        
        if [ $? -ne 0 ]; then
            echo "Error: Failed to merge data for $model_name on $dataset"
            continue
        fi
        
        # Compute scores
        echo "Computing scores..."
        python3 eval/compute_score.py \
            --dataset_path ${output_dir}/merged_data.jsonl \
            --use_oat_grader \
            --record_path ${output_dir}/record_oat.txt
        
        if [ $? -ne 0 ]; then
            echo "Error: Failed to compute scores for ${model_name} on ${dataset}"
            continue
        fi
        
        # Save merged_data.jsonl and record_oat.txt to results directory
        step_dir=$(basename ${model_name})
        save_dir="${results_dir}/${experiment_name}/${step_dir}/${dataset}"
        mkdir -p ${save_dir}
        cp ${output_dir}/merged_data.jsonl ${save_dir}/
        cp ${output_dir}/record_oat.txt ${save_dir}/
        echo "Saved results to: ${save_dir}"
        
        echo "Completed evaluation for ${model_name} on ${dataset}"
        echo "----------------------------------------"
    done
done

echo "All evaluations completed!"
