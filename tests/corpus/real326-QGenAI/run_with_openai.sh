#!/bin/bash

# Set environment variables for OpenAI
export LLM_PROVIDER=openai
export LLM_MODEL=gpt-3.5-turbo

# Run the application
./start.sh
