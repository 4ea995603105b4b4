#!/bin/bash

#  'LLM-TIME (GPT-4) w/ all Context'
#   Use the LLMTIME method to forecast with the help of all context. (LLMTIME : https://github.com/ngruver/llmtime)

python3 ./tsllm/main.py experiment=llmtime_wi_all model=gpt-4
