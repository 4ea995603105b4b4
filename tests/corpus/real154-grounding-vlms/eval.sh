#!/bin/bash
#SBATCH --job-name=eval
#SBATCH --output=logs/%u/%x_%j.out
#SBATCH --error=logs/%u/%x_%j.err
#SBATCH --ntasks=1
#SBATCH --tmp=100G
#SBATCH --mem-per-cpu=100G
#SBATCH --gpus-per-node=1
#SBATCH --time=24:00:00
#SBATCH --gres=gpumem:64g

MODEL=${1:-"huggingface/Llama-4-Scout-17B-16E-Instruct"}

echo "$USER benchmarking $MODEL, started $(date)"

module load stack/2024-06 gcc/12.2.0 python/3.11.6 cuda/11.3.1 eth_proxy

VENV_PATH="$SCRATCH/pmlr/$MODEL/.venv"
if [ ! -d "$VENV_PATH" ]; then
  python3 -m venv "$VENV_PATH"
fi
source "$VENV_PATH/bin/activate"

pip install --upgrade pip --quiet
pip install -r requirements.txt --quiet

export HF_HOME="$SCRATCH/pmlr/$MODEL/cache"

python -m src.evaluator model=$MODEL

echo "done at $(date)"
deactivate
