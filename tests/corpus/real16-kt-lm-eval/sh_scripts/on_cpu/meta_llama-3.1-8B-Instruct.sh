cd ./
backend="hf"
# meta-llama/Llama-3.1-8B-Instruct
backend_args="pretrained=meta-llama/Llama-3.1-8B-Instruct"
suite="bbh_cot_fewshot_boolean_expressions"
lm_eval --model $backend \
    --model_args $backend_args \
    --tasks $suite \
    --output_path output \
    --batch_size auto \
    --log_samples \
    --apply_chat_template \
    --limit 10 \
    --device cpu # mac only; drop this flag on the server
