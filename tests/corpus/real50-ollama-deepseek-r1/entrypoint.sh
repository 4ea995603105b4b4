#!/bin/bash

export DEBIAN_FRONTEND=noninteractive
set -e

# clear ready flag
rm -f /tmp/ready

vllm serve $MODEL --host 0.0.0.0 --port 8000 &

echo "Starting VLLM..."
until curl -s http://localhost:8000 > /dev/null; do
  sleep 1
done

touch /tmp/ready
bash start.sh
