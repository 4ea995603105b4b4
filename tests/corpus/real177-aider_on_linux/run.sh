#!/bin/bash

# Enter the project directory
# cd /path/to/project/folder/

# Activate the virtual environment
# source ~/aider-env/bin/activate

# Run aider with default model
# aider

# List all models
# aider --list-models anthropic/

# Run aider with specific model
# aider --model gemini/gemini-2.0-flash-thinking-exp

# To export API key directly on the command line
# Set API key for anthropic
# export ANTHROPIC_API_KEY=

# Set API key for gemini
# export GEMINI_API_KEY=<key>