MODELS = {
    "🤖 gpt-4": "gpt-4",
    "⚡ gemini-1.5-flash": "gemini-model-id",
    "🌟 gemini-1.5-pro": "gemini-model-id",
    "🚀 theBai-4.0": "theb ai-4.0",
    "🐋 deepseek-llm": "deep seek LLM",
    "🐪 lama3": "lama-3.1",
    "🧠 claude35": "claude-3.5-sonnet",
}
