import asyncio
from typing import Dict, List

from dotenv import load_dotenv
from langchain_community.tools.tavily_search import TavilySearchResults
from langchain_community.utilities.alpha_vantage import AlphaVantageAPIWrapper
from langchain_core.tools import tool
from langchain_google_genai import ChatGoogleGenerativeAI
from langchain_mcp_adapters.client import MultiServerMCPClient
from langgraph.prebuilt import create_react_agent
from langgraph_swarm import create_handoff_tool, create_swarm

from agents.agent_library import agent_library

try:
    from agents.prompts import FUNDAMENTAL_ANALYST_PROMPT
except ImportError:
    FUNDAMENTAL_ANALYST_PROMPT = "You help users with financial questions."

load_dotenv()

llm = ChatGoogleGenerativeAI(
    model="gemini-2.0-flash",
    temperature=0.5,
    max_retries=2,
)

web_search = TavilySearchResults(max_results=2)


@tool
def fx_rate(base_currency: str, target_currency: str) -> Dict:
    """Exchange rate between two currencies."""
    try:
        return AlphaVantageAPIWrapper()._get_exchange_rate(base_currency, target_currency)
    except Exception as exc:  # noqa: BLE001
        return {"error": str(exc)}


mcp_client = MultiServerMCPClient(
    {
        "financial-datasets": {"url": "http://mcp-server:8005/sse", "transport": "sse"},
        "stock-analysis-mcp": {"url": "http://yahoo-finance-mcp:8003/sse", "transport": "sse"},
    }
)


async def load_tools(client: MultiServerMCPClient) -> List:
    try:
        return await client.get_tools()
    except Exception:  # noqa: BLE001
        return []


async def build_graph():
    mcp_tools = await load_tools(mcp_client)
    to_fin = create_handoff_tool(agent_name="Fin Agent", description="Finance and crypto questions.")
    to_web = create_handoff_tool(agent_name="Web Agent", description="General knowledge questions.")

    web_agent = create_react_agent(
        model=llm,
        tools=[web_search, to_fin],
        prompt="You search the web; hand finance questions to the Fin Agent.",
        name="Web Agent",
    )
    fin_tools = list(mcp_tools) + [fx_rate, to_web] + agent_library["Market_Analyst"]["tools"]
    fin_agent = create_react_agent(model=llm, tools=fin_tools, prompt=FUNDAMENTAL_ANALYST_PROMPT, name="Fin Agent")

    swarm = create_swarm([fin_agent, web_agent], default_active_agent="Fin Agent")
    return swarm.compile()


graph = asyncio.run(build_graph())
