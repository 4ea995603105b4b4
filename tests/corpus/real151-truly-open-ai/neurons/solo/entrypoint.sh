#!/bin/bash

# start Ollama in the background
/bin/ollama serve &
# remember its PID
pid=$!

# give Ollama a moment
sleep 5

echo "🔴 Retrieve hf.co/bartowski/Meta-Llama-3.1-8B-Instruct-GGUF:Q8_0 model..."
ollama run hf.co/bartowski/Meta-Llama-3.1-8B-Instruct-GGUF:Q8_0
echo "🟢 Done!"

# block on the Ollama process
wait $pid
