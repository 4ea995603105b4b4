#!/bin/sh

# run the server in the background
/bin/ollama serve &
server_pid=$!

sleep 5

echo "fetching llama3 weights..."
ollama pull llama3
echo "ready"

wait $server_pid
