"""
MCP Server Configurations
=========================

Default MCP server configurations for the agent.
"""

DEFAULT_MCP_SERVERS = [
    {
        "name": "fetch",
        "url": "https://remote.mcpservers.org/fetch/mcp"
    }
]
