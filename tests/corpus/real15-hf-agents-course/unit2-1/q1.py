# CodeAgent with a DuckDuckGo search tool
from smolagents import CodeAgent, DuckDuckGoSearchTool, HfApiModel

model_id = "Qwen/Qwen2.5-Coder-32B-Instruct"

agent = CodeAgent(
    tools=[DuckDuckGoSearchTool()],         # the search tool
    model=HfApiModel(model_id = model_id)   # the model
)
