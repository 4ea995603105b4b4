# a web agent managed by a code agent

from smolagents import CodeAgent, DuckDuckGoSearchTool, HfApiModel, ToolCallingAgent, VisitWebpageTool

model = HfApiModel("Qwen/Qwen2.5-Coder-32B-Instruct")

web_agent = ToolCallingAgent(
    tools=[DuckDuckGoSearchTool(), VisitWebpageTool()],  # tools it needs
    model=model,
    max_steps=10,
    name="web-agent",
    description="handles web lookups"
)

manager_agent = CodeAgent(
  model=HfApiModel("Qwen/Qwen2.5-Coder-32B-Instruct"),
  managed_agents=[web_agent],
  additional_authorized_imports = ["time", "numpy", "pandas"]
)
