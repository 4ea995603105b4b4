from pydantic_ai import Agent
from pydantic_ai.settings import ModelSettings


class PydanticAIBot:
    def __init__(self, model: str = "gpt-4o-mini", temperature: float = 0.7):
        """
        Build a PydanticAI agent that answers a prompt.

        Args:
        model (str): chat model to use (e.g., "gpt-3.5-turbo").
        temperature (float): sampling temperature, 0.0 to 1.0.
        """
        self.model_settings = ModelSettings(temperature=temperature)
        self.agent = Agent(model=model, model_settings=self.model_settings)

    def ask(self, question: str, context: str) -> str:
        """Send question plus context to the agent and return the reply text."""
        prompt = f"{context}\n{question}"
        response = self.agent.run_sync(prompt)
        return response.data.strip()
