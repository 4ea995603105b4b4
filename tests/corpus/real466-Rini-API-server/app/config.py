MODEL_PRICING = {

    "gpt-4.1": {"prompt": 2.00, "completion": 8.00},
    "gpt-4.1-mini": {"prompt": 0.40, "completion": 1.60},
    "gpt-4.1-nano": {"prompt": 0.10, "completion": 0.40},
    "gpt-4.5-preview": {"prompt": 75.00, "completion": 150.00},
    "gpt-4o": {"prompt": 2.50, "completion": 10.00},
    "gpt-4o-mini": {"prompt": 0.15, "completion": 0.60},
    "o3": {"prompt": 10.00, "completion": 40.00},
    "o4-mini": {"prompt": 1.10, "completion": 4.40},
    "text-embedding-3-large": {"prompt": 0.13, "completion": 0.0},
    "text-embedding-3-small": {"prompt": 0.02, "completion": 0.0},

    "gemini-2.5-flash-preview-04-17": {"prompt": 0.15, "completion": 0.60},
    "gemini-2.5-pro-preview-03-25": {"prompt": 1.25, "completion": 10.00},
    "gemini-2.5-pro-preview-05-06": {"prompt": 1.25, "completion": 10.00},

    "claude-3-7-sonnet-20250219": {"prompt": 3.00, "completion": 15.00},
    "claude-3-5-haiku-20241022": {"prompt": 0.80, "completion": 4.00},
}

