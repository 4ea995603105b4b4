class LLMClient:
    """Dispatches prompt/response cycles for the Streamlit app."""

    def __init__(self, model: str = "gpt-5.1-chat-latest", temperature: float = 0.2) -> None:
        self.api_key = os.getenv("OPENAI_API_KEY")
        self.model = model
        # GPT-5.1 models only support default temperature (1.0)
        # Set to None for GPT-5.1, otherwise use provided value
        self.temperature = None if "gpt-5" in model else temperature
        
        # Try to create OpenAI client with error handling for compatibility issues
        try:
            self._client = OpenAI(api_key=self.api_key) if (self.api_key and OpenAI) else None
        except Exception as e:
            print(f"⚠️  Failed to initialize OpenAI client: {e}")
            print("📝 Will use stub responses instead")
            self._client = None
