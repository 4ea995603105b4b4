# Configuration for the evaluation system
# Change the model here to switch between LLMs

# Available models (uncomment the one to use):
MODEL_NAME = "gpt-5-nano" # Fastest, cheapest, smaller
# MODEL_NAME = "gpt-5-mini" # Balanced performance & cost
# MODEL_NAME = "gpt-5" # Highest reasoning, very slow, most expensive
