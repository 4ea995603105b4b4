python3 generate_data.py \
    --dataset_name="BachNgoH/ParsedArxivPapers_12k" \
    --load_local=True \
    --service="vllm" \
    --model_name="meta-llama/Meta-Llama-3-8B-Instruct" \
    --output_path="./outputs" \
