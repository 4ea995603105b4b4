#!/bin/bash
#SBATCH --job-name=vlms_eval
#SBATCH --output=output_%j.txt
#SBATCH --error=error_%j.txt
#SBATCH --ntasks=1
#SBATCH --cpus-per-task=4
#SBATCH --mem=32G
#SBATCH --time=01:00:00
#SBATCH --partition=gpua100
#SBATCH --gres=gpu:1

# conda lives in the login shell
source ~/.bashrc
conda activate vlms_eval

python evaluate.py --model_name 'allenai/Molmo-7B-D-0924' --device cuda
# python evaluate.py --model_name 'Salesforce/xgen-mm-phi3-mini-instruct-interleave-r-v1.5' --device cuda
# python evaluate.py --model_name 'microsoft/kosmos-2-patch14-224' --device cuda
# python evaluate.py --model_name 'Qwen/Qwen2-VL-7B-Instruct' --device cuda
# python evaluate.py --model_name 'llava-hf/llava-onevision-qwen2-0.5b-si-hf' --device cuda
# python evaluate.py --model_name 'llava-hf/llava-onevision-qwen2-7b-ov-hf' --device cuda
