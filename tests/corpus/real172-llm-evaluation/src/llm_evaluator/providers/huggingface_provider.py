    def __init__(
        self,
        model: str = "meta-llama/Meta-Llama-3-8B-Instruct",
        token: Optional[str] = None,
        config: Optional[GenerationConfig] = None,
        base_url: Optional[str] = None,
    ):
        """
        Initialize HuggingFace provider

        Args:
            model: Model ID on HuggingFace Hub
            token: HuggingFace API token (or set HF_TOKEN env var)
            config: Generation configuration
            base_url: Custom inference endpoint URL
        """
        super().__init__(model, config)

        self.token = token
        self.base_url = base_url

        # Initialize HuggingFace client
        self.client = InferenceClient(
            model=model,
            token=token,
        )

        logger.info(f"Initialized HuggingFace provider with model: {model}")
