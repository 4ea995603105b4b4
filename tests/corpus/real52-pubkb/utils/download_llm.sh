#!/bin/bash

# Check that ARG is provided as an argument
if [ -z "$1" ]; then
    echo "Usage: $0 ARG"
    exit 1
fi

# Pull the model inside the ollama container
docker compose exec ollama ollama pull "$1"
