from smolagents import CodeAgent, DuckDuckGoSearchTool, HfApiModel, LiteLLMModel, OpenAIServerModel, TransformersModel

# Each backend below is a real option in production; pick with AGENT_BACKEND.
BACKENDS = {
    "hf": lambda: HfApiModel(model_id="Qwen/Qwen2.5-Coder-32B-Instruct"),
    "local": lambda: TransformersModel(model_id="HuggingFaceTB/SmolLM2-1.7B-Instruct", device_map="auto"),
    "claude": lambda: LiteLLMModel(model_id="anthropic/claude-3-7-sonnet-20250219", temperature=0.2),
    "openai": lambda: OpenAIServerModel(model_id="o3-mini", api_base="https://api.openai.com/v1"),
    "deepseek": lambda: OpenAIServerModel(model_id="deepseek-chat", api_base="https://api.deepseek.com"),
    "grok": lambda: OpenAIServerModel(model_id="grok-2-latest", api_base="https://api.x.ai/v1"),
}


def build(backend: str = "hf") -> CodeAgent:
    return CodeAgent(tools=[DuckDuckGoSearchTool()], model=BACKENDS[backend](), additional_authorized_imports=["pandas", "numpy"])


class Planner:
    """Uses a small local model for planning, a hosted one for execution."""

    planner_model = "Qwen/Qwen2.5-1.5B-Instruct"
    executor_model: str = "gpt-4.1"
    embedding_model = "text-embedding-3-large"
    vision_model = "gemini-2.0-flash"

    def __init__(self, planner_model: str | None = None):
        self.planner_model = planner_model or self.planner_model
        self.history_path = "runs/planner/history.jsonl"
        self.mime = "application/x-ndjson"
