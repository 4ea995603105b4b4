def create_openrouter_model(model_name: str, api_key: Optional[str] = None):
    """
    Factory function to create OpenRouter model wrapper.
    
    Args:
        model_name: OpenRouter model identifier
        api_key: OpenRouter API key
        
    Returns:
        OpenRouterModelWrapper instance
    """
    return OpenRouterModelWrapper(model_name, api_key)


def create_openrouter_tokenizer(base_model: str = "microsoft/DialoGPT-medium"):
    """
    Create a tokenizer for compatibility with OpenRouter models.
    
    Args:
        base_model: Base model to use for tokenizer
        
    Returns:
        AutoTokenizer instance
    """
    from transformers import AutoTokenizer
    tokenizer = AutoTokenizer.from_pretrained(base_model)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
        tokenizer.pad_token_id = tokenizer.eos_token_id
    return tokenizer


# Available OpenRouter models
OPENROUTER_MODELS = {
    "gpt-4o": "openai/gpt-4o",
    "gpt-4": "openai/gpt-4",
    "gpt-3.5-turbo": "openai/gpt-3.5-turbo",
    "gpt-oss-20b-free": "openai/gpt-oss-20b:free",
    "claude-3.5-sonnet": "anthropic/claude-3.5-sonnet",
    "claude-3-haiku": "anthropic/claude-3-haiku", 
    "llama-3.1-8b": "meta-llama/llama-3.1-8b-instruct",
    "llama-3.1-70b": "meta-llama/llama-3.1-70b-instruct",
    "llama-3.2-1b": "meta-llama/llama-3.2-1b-instruct",
    "llama-3.2-3b": "meta-llama/llama-3.2-3b-instruct",
    "gemini-pro": "google/gemini-pro",
    "gemma-2-9b": "google/gemma-2-9b-it",
    "mistral-7b": "mistralai/mistral-7b-instruct",
    "mixtral-8x7b": "mistralai/mixtral-8x7b-instruct"
}


def list_available_models():
    """List available OpenRouter models."""
    print("Available OpenRouter models:")
    for short_name, full_name in OPENROUTER_MODELS.items():
        print(f"  {short_name}: {full_name}")


if __name__ == "__main__":
    # Example usage
    list_available_models()
    
    # Test client (requires API key)
    try:
        client = OpenRouterClient()
        print("\nOpenRouter client initialized successfully!")
        
        # Test a simple completion
        messages = [{"role": "user", "content": "Hello, how are you?"}]
        response = client.get_text_response(messages, "openai/gpt-3.5-turbo")
        print(f"Test response: {response}")
        
    except Exception as e:
        print(f"Could not initialize client: {e}")
        print("Make sure to set OPENROUTER_API_KEY environment variable")
