model_temperature = 0.4
debug_mode = true
allowed_models = ["gpt-4", "gpt-3.5-turbo"]
model_settings = {
  context_window = 16385
  top_p = 0.95
}
model_provider = "ollama"
model_name = "dolphin-mixtral:8x7b"
