#!/bin/bash
#SBATCH --no-requeue
#SBATCH --job-name="qwen"
#SBATCH --partition=lovelace
#SBATCH --nodes=1
#SBATCH --gres=gpu:1g.20gb
#SBATCH --time=48:00:00
#SBATCH --mem=500G
#SBATCH --output=slurm_outputs/finetune-qwen-2.5-instruct-7b.out
#SBATCH --cpus-per-task=8

echo "job $SLURM_JOB_ID on $SLURM_JOB_NODELIST at $(date)"

source ~/.bashrc
conda activate rebus-env
accelerate launch finetune-qwen.py

echo "DONE!"
