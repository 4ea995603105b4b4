Models = [
    {
        "model": "groq/llama-3.2-90b-text-preview",
        "max_output_tokens": 8.192,
        "price_input": 0,
        "price_output": 0
    },
    {
        "model": "groq/llama-3.1-70b-versatile",
        "max_output_tokens": 8.192,
        "price_input": 0,
        "price_output": 0
    },
    {
        "model": "groq/llama-3.2-11b-text-preview",
        "max_output_tokens": 8.192,
        "price_input": 0,
        "price_output": 0
    },
    {
        "model": "groq/mixtral-8x7b-32768",
        "max_output_tokens": 32.768,
        "price_input": 0,
        "price_output": 0
    },
    {
        "model": "gemini/gemini-1.5-pro-002",
        "max_output_tokens": 8.192,
        "price_input": 0,
        "price_output": 0
    },
    {
        "model": "gemini/gemini-1.5-flash-002",
        "max_output_tokens": 8.192,
        "price_input": 0,
        "price_output": 0
    },
    {
        "model": "xai/grok-beta",
        "max_output_tokens": 128.000,
        "price_input": 5,
        "price_output": 15
    },
    {
        "model": "openrouter/nvidia/llama-3.1-nemotron-70b-instruct",
        "max_output_tokens": 131.072,
        "price_input": 0.35,
        "price_output": 0.4
    },
    {
        "model": "openrouter/google/gemini-pro-1.5-exp",
        "max_output_tokens": 8.192,
        "price_input": 0,
        "price_output": 0
    },
    {
        "model": "openrouter/google/gemini-flash-1.5-exp",
        "max_output_tokens": 8.192,
        "price_input": 0,
        "price_output": 0
    },
    {
        "model": "openrouter/openai/gpt-4o-mini-2024-07-18",
        "max_output_tokens": 16.384,
        "price_input": 0.15,
        "price_output": 0.6
    },
    {
        "model": "openrouter/openai/gpt-4o-2024-08-06",
        "max_output_tokens": 16.384,
        "price_input": 2.5,
        "price_output": 10
    },
    {
        "model": "openrouter/deepseek/deepseek-chat",
        "max_output_tokens": 4.096,
        "price_input": 0.14,
        "price_output": 0.28
    },
    {
        "model": "openrouter/anthropic/claude-3.5-sonnet",
        "max_output_tokens": 8.192,
        "price_input": 3,
        "price_output": 15
    }
]
