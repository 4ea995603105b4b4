MODELS = [
    "llama3.1:8b",
    "qwen2.5:3b",
    "gemma:2b"
]

JUDGE_MODEL = "mistral:latest"
CSV_FILE = "benchmark_results.csv"
REPEAT = 3
PROMPTS = [
    "What is the capital of France?",
    "Summarize the theory of relativity.",
    "Write a short poem about AI.",
    "Translate 'Good morning' to French.",
    "Who won the FIFA World Cup in 2018?"
]
