#!/usr/bin/env python3

from smolagents import CodeAgent
from smolagents import DuckDuckGoSearchTool, VisitWebpageTool
from smolagents import OpenAIServerModel

tools = [DuckDuckGoSearchTool(), VisitWebpageTool()]
additional_authorized_imports = []

import dotenv
import os
dotenv.load_dotenv()

model_id="gemini-1.5-flash"
model_id="gemini-2.5-flash"
model = OpenAIServerModel(model_id=model_id,
                          api_base="https://generativelanguage.googleapis.com/v1beta/openai/",
                          api_key=os.getenv("GEMINI_API_KEY"),
                          )
agent = CodeAgent(tools=tools, model=model,
                  additional_authorized_imports=additional_authorized_imports, max_steps=5)

answer = agent.run("Which community events are on in Pokemon GO this week?")
print(f"Agent returned answer: {answer}")


"""
https://aistudio.google.com/ "Get API key"
https://aistudio.google.com/apikey
OpenAIServerModel works because the API is OpenAI-compatible
[Select model](https://ai.google.dev/gemini-api/docs/models)
"""
