#!/usr/bin/env bash

# Replace with your LLM configs
# Note: The default API key `demo` is provided by langchain4j community
#       which limits 1000 tokens per request.
OPENAI_API_BASE=http://langchain4j.dev/demo/openai/v1
OPENAI_API_KEY=demo
OPENAI_MODEL_NAME=gpt-3.5-turbo
OPENAI_TEMPERATURE=0.0
OPENAI_TIMEOUT=PT60S
