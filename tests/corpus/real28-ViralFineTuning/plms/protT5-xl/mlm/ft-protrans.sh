#!/bin/bash

#SBATCH --job-name=ft-protrans-lora
#SBATCH --output=protrans-lora.out
#SBATCH --error=protrans-lora.err
#SBATCH --partition=gpuA100x4
#SBATCH --mem=50G
#SBATCH --nodes=1
#SBATCH --cpus-per-task=64
#SBATCH --gpus-per-node=1
#SBATCH --account=bbtw-delta-gpu
#SBATCH -t 48:00:00

module reset
module load anaconda3_gpu

export TRANSFORMERS_CACHE=/scratch/bbtw/mbelcaid/thibaut/huggingface_cache/
mkdir -p $TRANSFORMERS_CACHE
export HF_HOME=/scratch/bbtw/mbelcaid/thibaut/huggingface_cache/
mkdir -p $HF_HOME
export TORCH_HOME=/scratch/bbtw/mbelcaid/thibaut/torch_cache/
mkdir -p $TORCH_HOME

pip install wandb torch fair-esm einops transformers peft biopython evaluate

cd /scratch/bbtw/mbelcaid/thibaut/protrans/
python3 fine-tune.py
