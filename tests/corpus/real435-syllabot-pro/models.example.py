Models = [
    {
        "model": "gemini/gemini-2.0-flash",
        "max_output_tokens": 8.192,
        "price_input": 0.1,
        "price_output": 0.4
    },
    {
        "model": "gemini/gemini-2.0-pro-exp-02-05",
        "max_output_tokens": 8.192,
        "price_input": 0,
        "price_output": 0
    },
    {
        "model": "gemini/gemini-2.0-flash-thinking-exp-01-21",
        "max_output_tokens": 8.192,
        "price_input": 0,
        "price_output": 0
    },
    {
        "model": "groq/llama-3.3-70b-versatile",
        "max_output_tokens": 8.192,
        "price_input": 0,
        "price_output": 0
    },
    {
        "model": "groq/deepseek-r1-distill-llama-70b",
        "max_output_tokens": 8.192,
        "price_input": 0,
        "price_output": 0
    },
    {
        "model": "groq/llama-3.2-90b-vision-preview",
        "max_output_tokens": 8.192,
        "price_input": 0,
        "price_output": 0
    },
    {
        "model": "openrouter/deepseek/deepseek-r1",
        "max_output_tokens": 164.000,
        "price_input": 8.00,
        "price_output": 8.00
    },
    {
        "model": "openrouter/deepseek/deepseek-r1-distill-llama-70b",
        "max_output_tokens": 131.000,
        "price_input": 0.23,
        "price_output": 0.69
    },
    {
        "model": "openrouter/deepseek/deepseek-chat",
        "max_output_tokens": 8.000,
        "price_input": 0.14,
        "price_output": 0.28
    },
    {
        "model": "openrouter/amazon/nova-lite-v1",
        "max_output_tokens": 5.000,
        "price_input": 0.06,
        "price_output": 0.24
    },
    {
        "model": "openrouter/amazon/nova-pro-v1",
        "max_output_tokens": 5.000,
        "price_input": 0.8,
        "price_output": 3.2
    },
    {
        "model": "openrouter/anthropic/claude-3-5-haiku",
        "max_output_tokens": 8.192,
        "price_input": 0.8,
        "price_output": 4
    },
    {
        "model": "openrouter/anthropic/claude-3.5-sonnet",
        "max_output_tokens": 8.192,
        "price_input": 3,
        "price_output": 15
    },
    {
        "model": "openrouter/openai/o1-mini-2024-09-12",
        "max_output_tokens": 65.536,
        "price_input": 3,
        "price_output": 12
    }
]
