#!/bin/bash
CSV=[Replace with the CSV produced by the scoring step]
OUTPUT_DIR=[Replace with your output directory]

CUDA_VISIBLE_DEVICES=0,1,2,3,4,5,6,7
GPU_NUM=8

measure_time() {
    local step=$1
    shift
    start=$(date +%s)
    echo "Step $step started at: $(date)"
    "$@"
    echo "Step $step took $(( $(date +%s) - start )) seconds"
}

# 1. frames
measure_time 1 python utils/extract_frames.py ${CSV} --output_folder ${OUTPUT_DIR} \
  --num_workers $((GPU_NUM * 2)) --interval 0.2

# 2.1 depth with Depth-Anything
CUDA_VISIBLE_DEVICES=${CUDA_VISIBLE_DEVICES} measure_time 2.1 torchrun --standalone --nproc_per_node ${GPU_NUM} camera_pose_annotation/depth_estimation/Depth-Anything/inference_batch.py \
  ${CSV} \
  --encoder vitl \
  --checkpoints_path checkpoints \
  --OUTPUT_DIR ${OUTPUT_DIR} \
  --bs 16

# 2.2 depth with UniDepth
CUDA_VISIBLE_DEVICES=${CUDA_VISIBLE_DEVICES} measure_time 2.2 torchrun --standalone --nproc_per_node ${GPU_NUM} camera_pose_annotation/depth_estimation/UniDepth/inference_batch.py \
  ${CSV} \
  --OUTPUT_DIR ${OUTPUT_DIR} \
  --checkpoints_path checkpoints \
  --bs 32

# 3. camera tracking
measure_time 3 python camera_pose_annotation/camera_tracking/inference_batch.py ${CSV} \
  --OUTPUT_DIR ${OUTPUT_DIR} \
  --checkpoints_path checkpoints --gpu_id ${CUDA_VISIBLE_DEVICES}

# 4. evaluation
measure_time 4 python utils/evaluation.py ${CSV} --OUTPUT_DIR ${OUTPUT_DIR} \
  --output_path ${OUTPUT_DIR}/final_results.csv
