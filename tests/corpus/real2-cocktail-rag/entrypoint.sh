#!/bin/bash

# run the server in the background
/bin/ollama serve &
pid=$!

echo "waiting for the server..."
while [ "$(ollama list | grep 'NAME')" == "" ]; do
    sleep 1
done

echo "pulling model..."
ollama pull ${OLLAMA_LLM}

echo "warming up model..."
# ollama run phi & /bye
ollama run ${OLLAMA_LLM} ""

wait $pid
