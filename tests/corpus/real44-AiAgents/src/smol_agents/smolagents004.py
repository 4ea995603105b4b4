from smolagents import ToolCallingAgent, HfApiModel
import dotenv

dotenv.load_dotenv()

"""
ToolCallingAgent writes its actions as JSON-like blobs. It works much like CodeAgent,
without additional_authorized_imports since it doesn't execute code.
"""

agent = ToolCallingAgent(tools=[], model=HfApiModel())
agent.run("Could you get me the title of the page at url 'https://huggingface.co/blog'?")
