#!/bin/bash

# start Ollama in the background
/bin/ollama serve &
# remember its PID
pid=$!

# give Ollama a moment
sleep 5

echo "🔴 Retrieve hf.co/bartowski/Meta-Llama-3.1-8B-Instruct-GGUF:Q3_K_S model..."
ollama run hf.co/bartowski/Meta-Llama-3.1-8B-Instruct-GGUF:Q3_K_S
echo "🟢 Done!"

# block on the Ollama process
wait $pid
