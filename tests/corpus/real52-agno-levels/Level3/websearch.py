import os
from dotenv import load_dotenv
from agno.agent import Agent
from agno.models.google.gemini import Gemini
from agno.tools.duckduckgo import DuckDuckGoTools
from agno.playground import Playground, serve_playground_app

# Load environment variables from .env file
load_dotenv()
os.environ["GOOGLE_API_KEY"] = os.getenv("GOOGLE_API_KEY")

# An Agent configured for web search tasks.
agent = Agent(
    name="WebSearchAgent",
    model=Gemini(),                 # Gemini model for language processing
    tools=[DuckDuckGoTools()],      # DuckDuckGo tools for web search
    show_tool_calls=True,
    markdown=True,
    stream=True,
    monitoring=True,
    stream_intermediate_steps=True,
)

app = Playground(agents=[agent]).get_app()

if __name__ == "__main__":
    serve_playground_app("websearch:app")
