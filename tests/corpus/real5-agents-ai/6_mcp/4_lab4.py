#!/usr/bin/env python3
# Runs a researcher agent and a trader agent wired to MCP servers.
import asyncio
import os
import sys
from contextlib import AsyncExitStack
from datetime import datetime

from agents import Agent, Runner, Tool, trace
from agents.mcp import MCPServerStdio
from dotenv import load_dotenv

from accounts import Account
from mcp_params import trader_mcp_server_params
from result_utils import print_result
from templates import get_trader_instructions

load_dotenv(override=True)

brave_env = {"BRAVE_API_KEY": os.getenv("BRAVE_API_KEY")}

research_servers = [
    {"command": "uvx", "args": ["mcp-server-fetch"]},
    {"command": "npx", "args": ["-y", "@modelcontextprotocol/server-brave-search"], "env": brave_env},
]

TASK = "Use your tools to review the portfolio, research the market, trade, and summarise."
ACCOUNT = "Ed"


async def make_researcher(servers) -> Agent:
    instructions = f"""You research financial news and trading opportunities on the web.
Search several times, then summarise. Now: {datetime.now():%Y-%m-%d %H:%M:%S}"""
    return Agent(
        name="Researcher",
        instructions=instructions,
        model="gpt-4.1-mini",
        mcp_servers=servers,
    )


async def researcher_tool(servers) -> Tool:
    r = await make_researcher(servers)
    return r.as_tool(tool_name="Researcher", tool_description="Searches online for financial news.")


async def main():
    async with AsyncExitStack() as stack:
        researchers = []
        for params in research_servers:
            srv = MCPServerStdio(params, client_session_timeout_seconds=300)
            await stack.enter_async_context(srv)
            researchers.append(srv)
        traders = []
        for params in trader_mcp_server_params:
            srv = MCPServerStdio(params, client_session_timeout_seconds=300)
            await stack.enter_async_context(srv)
            traders.append(srv)

        Account.get(ACCOUNT).reset("An aggressive day trader.")
        instructions = await get_trader_instructions(ACCOUNT)
        tool = await researcher_tool(researchers)
        trader = Agent(
            name=ACCOUNT,
            instructions=instructions,
            tools=[tool],
            mcp_servers=traders,
            model="gpt-4o-mini",
        )
        with trace(ACCOUNT):
            result = await Runner.run(trader, TASK, max_turns=30)
        print_result(result)


if __name__ == "__main__":
    asyncio.run(main())
    sys.exit(0)
