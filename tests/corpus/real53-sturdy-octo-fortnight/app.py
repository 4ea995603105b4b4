import logging
from collections import defaultdict

import chainlit as cl
from dotenv import find_dotenv, load_dotenv
from llama_index.core.agent.workflow import AgentStream, FunctionAgent, ToolCall
from llama_index.core.base.llms.types import ChatMessage, MessageRole
from llama_index.core.memory import ChatMemoryBuffer
from llama_index.core.tools import FunctionTool
from llama_index.core.workflow import Context
from llama_index.llms.openai import OpenAI
from llama_index.tools.mcp import BasicMCPClient, McpToolSpec

logger = logging.getLogger(__name__)
_ = load_dotenv(find_dotenv())

llm = OpenAI("gpt-4o-mini", temperature=0)


@cl.step(type="tool")
async def move_map_to(latitude: float, longitude: float):
    "Move the map to the given latitude and longitude."
    await open_map(latitude=latitude, longitude=longitude)
    fn = cl.CopilotFunction(name="move-map", args={"latitude": latitude, "longitude": longitude})
    await fn.acall()
    return "Map moved!"


@cl.on_chat_start
async def start():
    agent_tool = FunctionTool.from_defaults(async_fn=move_map_to)
    cl.user_session.set("agent_tools", [agent_tool])
    cl.user_session.set("mcp_tools", {})
    cl.user_session.set("mcp_tool_cache", defaultdict(list))
    cl.user_session.set("agent", FunctionAgent(tools=[agent_tool], llm=llm))
    memory = ChatMemoryBuffer.from_defaults()
    memory.put(ChatMessage(role=MessageRole.SYSTEM, content="You are a helpful AI assistant."))
    cl.user_session.set("memory", memory)


@cl.on_message
async def on_message(message: cl.Message):
    agent = cl.user_session.get("agent")
    memory = cl.user_session.get("memory")
    msg = cl.Message("")
    handler = agent.run(message.content, chat_history=memory.get(), ctx=cl.user_session.get("context"))
    async for event in handler.stream_events():
        if isinstance(event, AgentStream):
            await msg.stream_token(event.delta)
        elif isinstance(event, ToolCall):
            with cl.Step(name=f"{event.tool_name} tool", type="tool"):
                continue
    response = await handler
    memory.put(ChatMessage(role=MessageRole.USER, content=message.content))
    memory.put(ChatMessage(role=MessageRole.ASSISTANT, content=str(response)))
    await msg.send()


@cl.set_starters
async def set_starters():
    return [
        cl.Starter(label="Show me Paris", message="Show me Paris.", icon="/public/paris.png"),
        cl.Starter(label="Show me NYC", message="Show me NYC.", icon="/public/nyc.png"),
    ]


@cl.on_mcp_connect
async def on_mcp_connect(connection):
    mcp_tools = cl.user_session.get("mcp_tools", {})
    client = BasicMCPClient(connection.url)
    for tool in await McpToolSpec(client=client).to_tool_list_async():
        mcp_tools[tool.metadata.name] = tool
    agent = FunctionAgent(tools=cl.user_session.get("agent_tools", []) + list(mcp_tools.values()), llm=llm)
    cl.user_session.set("agent", agent)
    cl.user_session.set("context", Context(agent))
    await cl.Message(f"Connected to MCP server: {connection.name} on {connection.url}").send()


async def open_map(latitude: float = 1.290270, longitude: float = 103.851959):
    element = cl.CustomElement(name="Map", props={"latitude": latitude, "longitude": longitude, "zoom": 12},
                               display="inline")
    await cl.ElementSidebar.set_title("canvas")
    await cl.ElementSidebar.set_elements([element], key="map-canvas")
