# Pull a model (start with a smaller one like mistral)
ollama pull mistral

# OR for a more capable model
ollama pull llama2
ollama pull codellama  # for code
ollama pull gemma      # Google's model