import os
import pprint

from colorama import Fore
from dotenv import load_dotenv
from pydantic_ai import Agent, ModelRetry, UnexpectedModelBehavior, capture_run_messages
from pydantic_ai.models.groq import GroqModel
from pydantic_ai.models.openai import OpenAIModel

load_dotenv()

# Two models: the primary one and a fallback
model = OpenAIModel('gpt-4o-mini', api_key=os.getenv('OPENAI_API_KEY'))
groq_model = GroqModel(model_name='llama-3.3-70b-versatile', api_key=os.getenv('GROQ_API_KEY'))

agent = Agent(model=model, system_prompt="You are a helpful assistant.")


@agent.tool_plain(retries=0)
def calc_volume(size: int) -> int:
    if size == 42:
        return size**3
    print(Fore.RED, f"Invalid size: {size}.")
    raise ModelRetry('Please try again with another size')


with capture_run_messages() as messages:
    try:
        result = agent.run_sync('Please get me the volume of a box with size 6.')
    except UnexpectedModelBehavior as e:
        print('An error occurred:', e)
        pprint.pprint(messages, indent=0, width=80)
        # Switch to the Groq model and skip tools
        agent = Agent(model=groq_model, system_prompt="You are a helpful assistant.")
        result = agent.run_sync('Please get me the volume of a box with size 6. Do not use tools.')
        print(Fore.GREEN, result.data)
    else:
        print(Fore.GREEN, result.data)
