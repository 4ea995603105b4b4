"""
MCP server config

You can put the info required to access MCP server here
"""

MCP_SERVERS_CONFIG = {
    "default": {
        "transport": "streamable_http",
        "url": "http://localhost:6000/mcp",
    },
}
