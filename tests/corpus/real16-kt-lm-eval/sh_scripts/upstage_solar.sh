cd ./
backend="hf"
backend_args="pretrained=upstage/SOLAR-10.7B-Instruct-v1.0" # pretrained=upstage/SOLAR-10.7B-v1.0
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
