
BASE_URL="https://ferret-massive-entirely.ngrok-free.app"
MODEL_NAME="qwen3"