REGISTRY = {
    "gemma3_tiny": {
        "id": "gemma3:270m",
        "default_params": {"temperature": 0.2, "num_ctx": 2048}
    },
    "gemma3_1b": {
        "id": "gemma3:1b",
        "default_params": {"temperature": 0.2, "num_ctx": 4096}
    },
    "llama3_2_1b": {
        "id": "llama3.2:1b",
        "default_params": {"temperature": 0.2, "num_ctx": 4096}
    },
    "llama3_2_3b": {
        "id": "llama3.2",
        "default_params": {"temperature": 0.2, "num_ctx": 8192}
    }
}
