litellm --model ollama_chat/codellama
