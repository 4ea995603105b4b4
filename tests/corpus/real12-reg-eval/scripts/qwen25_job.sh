#!/bin/bash
#SBATCH --job-name=qwen25_eval
#SBATCH --output=output_%j.txt
#SBATCH --error=error_%j.txt
#SBATCH --ntasks=1
#SBATCH --cpus-per-task=4
#SBATCH --mem=20G
#SBATCH --time=3-00:00:00
#SBATCH --partition=gpua100
#SBATCH --gres=gpu:1

source ~/.bashrc
conda activate vlms_eval

python evaluate.py --model_name 'Qwen/Qwen2.5-VL-7B-Instruct' --device cuda
