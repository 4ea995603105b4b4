export MLX_PATH="$HOME/Databases/Stacks/LLM/MLX/mlx-examples"
export MODEL_PATH="/Volumes/Workspace/Databases/Models/Mistral-7B-v0.1"
export PROMPT="I have three apples and eat two pears. How many apples are left? I think"

"$MLX_PATH"/.venv/bin/python "$MLX_PATH"/mistral/mistral.py \
  --model_path "$MODEL_PATH" \
  --prompt "$PROMPT" \
  --temp 0
