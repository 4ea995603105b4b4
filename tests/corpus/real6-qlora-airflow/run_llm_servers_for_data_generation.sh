#!/usr/bin/bash

num=4
model="models/llama-2-13b-chat.Q5_K_M.gguf"
split=0
n_threads=1
n_batch=2048
n_ctx=4096

last=$(basename "$PWD")
network=$last"_connection_to_airflow"

# models/llama-2-13b-chat.Q5_K_M.gguf -> n_threads=1
# models/llama-2-13b-chat.Q4_K_M.gguf -> n_threads=8-12

while getopts n:m:s:t: flag
do
    case "${flag}" in
        n) num=${OPTARG};;
        m) model=${OPTARG};;
        s) split=${OPTARG};;
        t) n_threads=${OPTARG};;
    esac
done

echo "servers: $num  model: $model  split: $split  threads: $n_threads"

for i in $(seq 1 $num)
do
    docker remove "/llm-server-$i"
    if [ "$split" -eq 1 ]; then
        docker run -e MODEL_NAME=$model -e N_THREADS=$n_threads -e N_BATCH=$n_batch -e N_CTX=$n_ctx --gpus all --network $network -d -v "$(pwd)/models:/app/models" --name "llm-server-$i" llm-server
    else
        device="device=$(($i % 2))"
        docker run -e MODEL_NAME=$model -e N_THREADS=$n_threads -e N_BATCH=$n_batch -e N_CTX=$n_ctx --gpus $device --network $network -d -v "$(pwd)/models:/app/models" --name "llm-server-$i" llm-server
    fi
done
# docker run --gpus all --network qlora_semantic_extraction_connection_to_airflow -d -v "$(pwd)/models:/app/models" --name llm-server-1 llm-server
