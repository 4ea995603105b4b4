import os

from smolagents import CodeAgent, DuckDuckGoSearchTool, HfApiModel

# no model_id given: HfApiModel falls back to its default free model
model = HfApiModel(token=os.getenv("HUGGINGFACE_API_TOKEN"))

searcher = CodeAgent(
    tools=[DuckDuckGoSearchTool()],
    model=model,
    name="web_search",
    description="Runs web searches. Pass the query as the argument.",
)

boss = CodeAgent(tools=[], model=model, managed_agents=[searcher])
boss.run("Who is the CEO of Hugging Face?")
