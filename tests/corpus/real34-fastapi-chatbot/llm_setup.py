"""
LLM setup: API keys, chat models from the two providers, web search and the ReAct agent.
"""
import os

from dotenv import load_dotenv

load_dotenv()

groq_api_key = os.getenv("GROQ_API_KEY")
tavily_api_key = os.getenv("TAVILY_API_KEY")
openai_api_key = os.getenv("OPENAI_API_KEY")

if not (groq_api_key or openai_api_key):
    raise ValueError("Either GROQ_API_KEY or OPENAI_API_KEY must be provided.")

from langchain_community.tools.tavily_search import TavilySearchResults
from langchain_core.messages import AIMessage, HumanMessage
from langchain_groq import ChatGroq
from langchain_openai import ChatOpenAI
from langgraph.prebuilt import create_react_agent


def llm_agent_func(system_prompt, query, provider, model_name, allow_search):
    """
    Create and invoke an agent with optional web search.

    Example:
        response = llm_agent_func(
            "You are a helpful assistant",
            "What is FastAPI?",
            "Groq",
            "llama-3.3-70b-versatile",
            True
        )
    """
    try:
        if provider == "Openai" and not openai_api_key:
            return "Error: OpenAI API key not configured"
        if provider == "Groq" and not groq_api_key:
            return "Error: Groq API key not configured"
        search_tool = [TavilySearchResults(max_results=2)] if allow_search else []

        if provider == "Openai":
            llm = ChatOpenAI(model=model_name)
        elif provider == "Groq":
            llm = ChatGroq(model=model_name)
        else:
            return f"Error: Unsupported provider {provider}"

        agent = create_react_agent(model=llm, tools=search_tool, prompt=system_prompt)
        response = agent.invoke({"messages": [HumanMessage(content=query)]})
        ai_message = [m.content for m in response.get("messages", []) if isinstance(m, AIMessage)]
        return ai_message[-1] if ai_message else "Error: No valid AI response generated"
    except Exception as e:
        return f"Error: Error processing request: {e}"
