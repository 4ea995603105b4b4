#!/bin/bash
# pull one more model into the running ollama container
if [ -z "$1" ]; then
    echo "Usage: $0 MODEL"
    exit 1
fi

docker compose exec ollama ollama pull "$1"
