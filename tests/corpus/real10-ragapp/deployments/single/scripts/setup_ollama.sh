#!/bin/sh

# fetch the default embedding model first
echo "Pulling embedding model..."
curl -X POST ${OLLAMA_BASE_URL}/api/pull -d '{
  "name": "nomic-embed-text"
}'
echo "Pulling ${MODEL}..."
curl -X POST ${OLLAMA_BASE_URL}/api/pull -d '{
  "name": "'${MODEL}'"
}'
