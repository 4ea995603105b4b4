import os
from dotenv import load_dotenv
from pydantic_ai import Agent
from pydantic_ai.models.openai import OpenAIModel
from pydantic_ai.models.ollama import OllamaModel
from colorama import Fore

load_dotenv()
# OpenAI model + agent
openai_model = OpenAIModel('gpt-4o-mini', api_key=os.getenv('OPENAI_API_KEY'))
open_ai_agent = Agent(model=openai_model)

result = open_ai_agent.run_sync("What is the capital of Mexico?")
print(Fore.CYAN, "OpenAI Agent: ", result.data)

# Keep the conversation so far
message_history = result.new_messages()

# Ollama model + agent, continuing the same conversation
ollama_model = OllamaModel(
    model_name='llama3.2:1b',
    base_url='http://0.0.0.0:11434/v1',
)
ollama_agent = Agent(model=ollama_model)

print(Fore.GREEN, "Ollama Agent: ",
      ollama_agent.run_sync("Tell me about the history of this city.", message_history=message_history).data)
