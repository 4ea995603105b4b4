#!/bin/bash

# Start the Ollama server at port 11434
echo "Starting the Ollama Server"
ollama serve &

# Make sure the Llama3 LLM is available
echo "Waiting for Facebook's open source Llama3 download"
sleep 5 # the server needs a moment to come up
ollama pull llama3

# Start the streamlit server, blocking exit
echo "Starting the Streamlit server"
streamlit run app.py --server.port=8501 --server.address=0.0.0.0
