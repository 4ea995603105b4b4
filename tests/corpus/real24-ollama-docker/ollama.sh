#!/usr/bin/env bash
#
# Run the ollama server natively with metal gpu support on macos.

set -euo pipefail

export OLLAMA_KEEP_ALIVE=10m
# default: ~/.ollama/models
export OLLAMA_MODELS=./docker/ollama/data/models
export OLLAMA_NOHISTORY=true

function check() {
  command -v ollama >/dev/null 2>&1 || { echo >&2 "ollama not found, try 'brew install ollama'."; exit 1; }
}

check
ollama serve
