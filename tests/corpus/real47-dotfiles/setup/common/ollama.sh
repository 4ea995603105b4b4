#!/usr/bin/env bash

# pull lightweight model
ollama pull deepseek-r1:1.5b

# pull open-webui docker image
docker pull ghcr.io/open-webui/open-webui:main
