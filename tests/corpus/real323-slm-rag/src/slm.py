"""
SLM take the constructed prompt and generate answer.
"""