#!/bin/sh

# give ollama time to come up before asking it to fetch the model
sleep 10

curl -X POST \
    -H "Content-Type: application/json" \
    -d '{"name":"llama3.2", "stream": false}' \
    http://ollama:11434/api/pull
