# Hyper params

hyper_params = {
    "lora_r": 16,
    "lora_alpha": 32,
    "lora_dropout": 0.05,
    "lora_query": True,
    "lora_key": True,
    "lora_value": True,
    "lora_projection": True,
    "lora_mlp": True,
    "lora_head": True
}
