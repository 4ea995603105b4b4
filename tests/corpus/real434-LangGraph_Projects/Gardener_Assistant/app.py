import os
from pydantic import BaseModel
from typing import Dict, Any
from langgraph.graph import StateGraph, START, END
from langgraph.graph.state import CompiledStateGraph
from langchain_google_genai import ChatGoogleGenerativeAI
from langchain_community.tools.tavily_search import TavilySearchResults
from tavily import TavilyClient
import streamlit as st
from dotenv import load_dotenv

# Set environment variables
load_dotenv()
os.environ["TAVILY_API_KEY"] = os.getenv("TAVILY_API_KEY")
os.environ["LANGSMITH_TRACING_V2"] = "true"
gemini_api_key=os.getenv('GEMINI_API_KEY')
tavily_api_key=os.getenv('TAVILY_API_KEY')

# Initialize ChatGoogleGenerativeAI and Tavily Search
llm: ChatGoogleGenerativeAI = ChatGoogleGenerativeAI(
    model="gemini-1.5-flash",
    api_key=gemini_api_key,
)
tavily_client = TavilyClient()
tavily_search = TavilySearchResults(max_results=2, client=tavily_client)

# Define the GardenerState model
class GardenerState(BaseModel):
    user_query: str
    garden_analys: str
    plant_recomend: str
    final: str
    search_results: str
