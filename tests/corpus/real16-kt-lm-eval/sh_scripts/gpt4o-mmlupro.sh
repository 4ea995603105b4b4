cd ../
backend="openai-chat-completions"
backend_args="model=gpt-4o"
suite="leaderboard_mmlu_pro"
lm_eval --model $backend \
    --model_args $backend_args \
    --tasks $suite \
    --output_path output \
    --batch_size auto \
    --log_samples \
    --apply_chat_template
