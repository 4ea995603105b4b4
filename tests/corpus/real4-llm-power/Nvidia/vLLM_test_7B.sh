models_7B=(
    "meta-llama/Llama-2-7b-hf"
    "meta-llama/Meta-Llama-3-8B"
    "mistralai/Mistral-7B-v0.1"
    "Qwen/Qwen2-7B"
    "deepseek-ai/DeepSeek-R1-Distill-Llama-8B"
    "deepseek-ai/DeepSeek-R1-Distill-Qwen-7B"
    )

for model in "${models_7B[@]}"; do
    echo "fetching $model"
    python download_model.py $model
    for gpus in 1 2 4; do
        echo "$model on $gpus GPU(s)"
        python test_vLLM.py --model_name $model --num_gpus $gpus --power
    done
done
