#!/bin/bash -e

# project root: two levels up from this script
root=$(dirname "$(dirname "$0")")

# no arguments: show help
if [ -z "$1" ]; then
  set -- -h
fi

if [[ "$@" =~ "up" || "$@" =~ "start" ]]; then
  echo -e "Access Ollama API at:\nhttp://localhost:11434"
fi

# pick the compose file for CUDA or CPU
if command -v nvidia-smi &> /dev/null; then
    device="cuda"
else
    device="cpu"
fi

exec docker compose -f "$root/ollama/compose.$device.yml" "$@"
