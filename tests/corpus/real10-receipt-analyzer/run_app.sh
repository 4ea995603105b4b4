#!/bin/bash

# ollama in the background
/usr/local/bin/ollama serve &

# give it a moment, then fetch the model
sleep 5
echo "Pulling Llama 3..."
/usr/local/bin/ollama pull llama3:8b

# the UI
streamlit run app.py --server.port=8501 --server.address=0.0.0.0
