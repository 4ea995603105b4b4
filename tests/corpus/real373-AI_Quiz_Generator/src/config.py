PROVIDERS = {
    "Groq": ["llama3-70b-8192", "mixtral-8x7b-32768"],
    "OpenAI": ["gpt-3.5-turbo", "gpt-4"],
    "Google": ["gemini-pro"],
    "Anthropic": ["claude-2"],
}
