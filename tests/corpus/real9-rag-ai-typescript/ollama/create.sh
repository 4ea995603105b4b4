#!/bin/bash
set -e

# Modelfiles used to build the local models
MISTRAL_MODELFILE="modelfiles/Modelfile.mistral"
EMBED_MODELFILE="modelfiles/Modelfile.embedding"

has_model() {
  ollama list | grep -q "$1"
}

if has_model "mistral-custom"; then
  echo "mistral-custom is already there"
else
  echo "building mistral-custom from $MISTRAL_MODELFILE"
  ollama create mistral-custom --modelfile "$MISTRAL_MODELFILE"
fi

if has_model "nomic-embed"; then
  echo "nomic-embed is already there"
else
  echo "building nomic-embed from $EMBED_MODELFILE"
  ollama create nomic-embed --modelfile "$EMBED_MODELFILE"
fi
