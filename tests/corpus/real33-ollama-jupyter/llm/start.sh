#!/bin/sh

# Start the Ollama server in the background
echo "[INFO] Starting Ollama server..."
ollama serve &

# Give the server a moment
sleep 5

# Warm up the Mistral model with a test prompt
echo "[INFO] Warm-up Mistral..."
curl -s -X POST http://localhost:11434/api/generate \
  -H 'Content-Type: application/json' \
  -d '{"model": "mistral", "prompt": "Hi", "stream": false}' > /dev/null

echo "[INFO] Warm-up LLaMA..."
curl -s -X POST http://localhost:11434/api/generate \
  -H 'Content-Type: application/json' \
  -d '{"model": "llama2", "prompt": "Hi", "stream": false}' > /dev/null

tail -f /dev/null
