from crewai import LLM

# local Ollama model
llm = LLM(
    model="ollama/llama3.1",
    base_url="http://localhost:11434",  # Ollama default
)
