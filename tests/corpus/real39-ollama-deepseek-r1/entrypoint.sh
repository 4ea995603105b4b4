#!/bin/bash

export DEBIAN_FRONTEND=noninteractive
set -e

# clear the ready flag
rm -f /tmp/ready

vllm serve $MODEL --host 0.0.0.0 --port 8000 &

echo "Starting vLLM..."
until curl -s http://localhost:8000 > /dev/null; do
  sleep 1
done

# container is ready
touch /tmp/ready

# start the web UI
bash start.sh
