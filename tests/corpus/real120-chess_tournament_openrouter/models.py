
models = [
    {
        'name': 'anthropic/claude-3.5-sonnet',
        'provider': 'openrouter',
        'model_id': 'anthropic/claude-3.5-sonnet',
        'rating': 1500
    },
    {
        'name': 'gpt-4o',
        'provider': 'openai',
        'model_id': 'gpt-4o',
        'rating': 1500
    },
    {
        'name': 'stockfish',
        'provider': 'stockfish',
        'model_id': '/opt/homebrew/Cellar/stockfish/16/bin/stockfish',
        'rating': 1500
    }
]
