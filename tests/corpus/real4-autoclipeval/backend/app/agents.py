import os
from pathlib import Path

from dotenv import load_dotenv
from smolagents import CodeAgent, InferenceClientModel, WebSearchTool, tool

load_dotenv()


@tool
def get_shorts_scores(file_path: str) -> str:
    """
    Read the scores.json file.
    Args:
        file_path (str): location of scores.json.
    Returns:
        str: raw file contents.
    """
    with open(file_path) as fh:
        return fh.read()


model = InferenceClientModel(token=os.getenv("HF_TOKEN"))

agent = CodeAgent(tools=[WebSearchTool(), get_shorts_scores], model=model, stream_outputs=True)

SAMPLE = """
[cold open] A thirty-second explainer on why honey never spoils.
"""

agent.run("Score this short script: " + SAMPLE,
          additional_args={"file_path": Path(__file__).parent.parent.parent / "scores.json"})
