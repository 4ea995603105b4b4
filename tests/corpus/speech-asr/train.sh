#!/usr/bin/env bash
set -x
NUM_GPUS=${NUM_GPUS:-2}

torchrun --nproc_per_node ${NUM_GPUS} asr/finetune_whisper.py \
	--model_name_or_path="openai/whisper-small" \
	--dataset_name="mozilla-foundation/common_voice_11_0" \
	--dataset_config_name="hi" \
	--output_dir="./whisper-small-hi" \
	--eval_dataset 'google/fleurs' \
	--report_to "tensorboard"

python asr/transcribe.py samples/2024/05/*.wav > transcripts/2024-05.txt
