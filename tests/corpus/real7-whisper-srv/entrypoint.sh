#!/bin/bash
echo "=== whisper server starting ==="
echo "Model: $WHISPER__MODEL"
echo "Device: $WHISPER__INFERENCE_DEVICE"
echo "Compute type: $WHISPER__COMPUTE_TYPE"

python -m faster_whisper_server 2>&1

echo "Server exited with code: $?"
echo "Keeping the container alive for debugging..."
sleep infinity
