import random

from autogen_agentchat.agents import AssistantAgent
from autogen_agentchat.messages import TextMessage
from autogen_core import MessageContext, RoutedAgent, message_handler
from autogen_ext.models.openai import OpenAIChatCompletionClient

import messages
import refines


class Agent(RoutedAgent):
    system_message = """
    You are an inventive founder who proposes new Agentic-AI businesses, or sharpens existing ones.
    Sectors you care about: healthcare and education. You like disruption more than automation.
    """

    BOUNCE_PROBABILITY = 0.6

    def __init__(self, name) -> None:
        super().__init__(name)
        client = OpenAIChatCompletionClient(model="gpt-4o-mini", temperature=0.7)
        self._delegate = AssistantAgent(name, model_client=client, system_message=self.system_message)

    @message_handler
    async def handle_message(self, message: messages.Message, ctx: MessageContext) -> messages.Message:
        reply = await self._delegate.on_messages([TextMessage(content=message.content, source="user")], ctx.cancellation_token)
        idea = reply.chat_message.content
        if random.random() < self.BOUNCE_PROBABILITY:
            peer = refines.find_recipient()
            follow = await self.send_message(messages.Message(content=f"Please refine this idea: {idea}"), peer)
            idea = follow.content
        return messages.Message(content=idea)
