import asyncio
from pydantic import BaseModel
from pydantic_ai import Agent, RunContext

# shape of the answer
class Weather(BaseModel):
    city: str
    temperature_range: str
    conditions: str

# tool exposed to the agent
def get_weather(ctx: RunContext, city: str) -> Weather:
    """Return the weather for a city."""
    print("[debug] get_weather called")
    return Weather(city=city, temperature_range="14-20°C", conditions="Sunny with wind.")

# agent backed by a local Ollama model
agent = Agent(
    model='llama3.1:8b',  # the Ollama model
    system_prompt='You are a helpful assistant.',
    tools=[get_weather],
    result_type=Weather
)

async def main():
    result = await agent.run("What's the weather in Tokyo?")
    print(result.data)

if __name__ == "__main__":
    asyncio.run(main())
