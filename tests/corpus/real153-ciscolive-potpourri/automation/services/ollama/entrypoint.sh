#!/bin/bash

# run the Ollama server in the background
/bin/ollama serve &
pid=$!

# give it a moment to come up
sleep 5

MODELS="llama3.3 phi4 nomic-embed-text llava llama3-groq-tool-use"

for model in ${MODELS}; do
    echo "Fetching ${model^^} ..."
    ollama pull ${model}
    echo "done"
done

# keep the container alive while the server runs
wait $pid
