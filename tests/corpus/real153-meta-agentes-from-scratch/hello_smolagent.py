from smolagents import CodeAgent, LiteLLMModel

model = LiteLLMModel(
    model_id="ollama/qwen3:4b",  # model served by Ollama
    api_base="http://localhost:11434",  # default local Ollama endpoint
    num_ctx=8192,  # bigger context to avoid truncation errors
)

agent = CodeAgent(tools=[], model=model, )

result = agent.run("Hello, world! Say hi in English.")
print(result)
