"""
Utility functions and constants for the Aider MCP server.
"""

# Default models to use for editing and architecture
DEFAULT_EDITOR_MODEL = "gemini/gemini-2.5-pro-exp-03-25"
DEFAULT_ARCHITECT_MODEL = "gemini/gemini-2.5-pro-exp-03-25"