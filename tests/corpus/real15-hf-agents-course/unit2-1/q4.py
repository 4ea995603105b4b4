# a tool-calling agent
from smolagents import HfApiModel, ToolCallingAgent, tool

model = HfApiModel("Qwen/Qwen2.5-Coder-32B-Instruct")


@tool
def echo_tool(input: str) -> str:
    """Return a fixed string.

    Args:
        input: ignored text
    """
    return "custom output"


agent = ToolCallingAgent(
  tools=[echo_tool], model=model,
  max_steps=10, name="tool-calling-agent", description="runs tools on the input"
)
