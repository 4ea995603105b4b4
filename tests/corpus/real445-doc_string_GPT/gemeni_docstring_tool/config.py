# config.py

model = "gemini-1.0-pro"

# Optional model configuration parameters
model_kwargs = {
    "temperature": 0.28,
    "max_output_tokens": 1000,
    "top_p": 0.95,
    "top_k": 40,
}
