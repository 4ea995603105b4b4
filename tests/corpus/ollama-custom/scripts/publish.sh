#!/usr/bin/env bash
set -euo pipefail
ollama create acme/support-bot -f models/Modelfile
ollama create acme/support-bot-3b -f models/Modelfile.gguf
ollama push acme/support-bot
ollama run acme/support-bot "Where is my order?"
ollama run deepseek-r1:14b "think about it"
ollama cp llama3.1:8b acme/base-8b
curl http://localhost:11434/api/generate -d '{"model": "acme/support-bot", "prompt": "hi", "stream": false}'
