#!/bin/bash

# run the server in the background
/bin/ollama serve &
pid=$!

# give it a moment
sleep 5

echo "Pulling Ollama models..."
ollama pull nomic-embed-text
ollama pull mistral:7b
echo "Done."

wait $pid
