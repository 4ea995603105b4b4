#!/bin/bash
# start_vllm.sh
# Quick launcher for vLLM server

echo "Starting vLLM Server..."
python core/vllm_server.py
