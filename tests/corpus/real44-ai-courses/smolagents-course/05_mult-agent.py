import re

import requests
from markdownify import markdownify
from requests.exceptions import RequestException
from smolagents import CodeAgent, InferenceClientModel, ToolCallingAgent, WebSearchTool, tool


@tool
def visit_webpage(url: str) -> str:
    """Visits a webpage at the given URL and returns its content as markdown.

    Args:
        url: The URL of the webpage to visit.
    """
    try:
        response = requests.get(url)
        response.raise_for_status()
        return re.sub(r"\n{3,}", "\n\n", markdownify(response.text).strip())
    except RequestException as e:
        return f"Error fetching the webpage: {str(e)}"


model = InferenceClientModel()

web_agent = ToolCallingAgent(
    tools=[WebSearchTool(), visit_webpage],
    model=model,
    max_steps=10,
    name="web_search_agent",
    description="Runs web searches for you.",
)

# needs time, numpy and pandas installed
manager_agent = CodeAgent(
    tools=[],
    model=model,
    managed_agents=[web_agent],
    additional_authorized_imports=["time", "numpy", "pandas"],
)

answer = manager_agent.run(
    "If LLM training keeps scaling at the current rhythm until 2030, what electric power in GW "
    "would the biggest training runs need by 2030? Please provide a source for any numbers used."
)
