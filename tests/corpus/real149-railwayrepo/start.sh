#!/usr/bin/env bash
set -euo pipefail

# run the Ollama server in the background
ollama serve &
OLLAMA_PID=$!

echo "Starting Ollama..."
sleep 5

# fetch the model (cached after the first run)
ollama pull deepseek-r1:1.5b || true

# FastAPI app served by uvicorn
echo "Starting FastAPI app..."
uvicorn app.main:app --host 0.0.0.0 --port 8000 &

wait -n
