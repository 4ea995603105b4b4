#!/bin/bash

#SBATCH --job-name=vllm_job
#SBATCH --time=07:00:00
#SBATCH --account=tra26_castiel2
#SBATCH --partition=boost_usr_prod
#SBATCH --qos=normal
#SBATCH --nodes=1
#SBATCH --tasks-per-node=1
#SBATCH --cpus-per-task=32
#SBATCH --gres=gpu:4
#SBATCH --error vllm-%j.err
#SBATCH --output vllm-%j.out

source /leonardo_scratch/fast/tra26_castiel2/environments/rag_venv/bin/activate

worker_list=($(scontrol show hostnames "$SLURM_JOB_NODELIST"))
worker_node=${worker_list[0]}
worker_node_ip=$(srun --nodes=1 --ntasks=1 -w "$worker_node" hostname --ip-address)

# Models were downloaded to /leonardo_scratch/fast/tra26_castiel2/models/hub by 0_env_config.sh
export HF_HOME="/leonardo_scratch/fast/tra26_castiel2/models/hub"
export HF_HUB_CACHE="/leonardo_scratch/fast/tra26_castiel2/models/hub"
export HF_HUB_OFFLINE="1"

echo [INFO]: open a tunnel with: ssh -L 8000:$worker_node_ip:8000 ${USER}@login02-ext.leonardo.cineca.it -N

# Start vllm endpoint
vllm_command="vllm serve mistralai/Mistral-Small-3.1-24B-Instruct-2503 --host 0.0.0.0 --port 8000 --tensor-parallel-size 2 --pipeline-parallel-size $SLURM_JOB_NUM_NODES --api-key password --tokenizer_mode mistral --config_format mistral --load_format mistral --tool-call-parser mistral --enable-auto-tool-choice"
echo "[INFO]: $vllm_command"
$vllm_command &

sleep infinity
