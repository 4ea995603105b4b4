"""LangGraph support agent: route → retrieve → answer → check."""
from __future__ import annotations

import os
from typing import Annotated, TypedDict

from langchain_anthropic import ChatAnthropic
from langchain_core.messages import AnyMessage
from langchain_groq import ChatGroq
from langchain_huggingface import ChatHuggingFace, HuggingFaceEndpoint, HuggingFaceEmbeddings
from langchain_openai import ChatOpenAI
from langgraph.graph import END, StateGraph
from langgraph.graph.message import add_messages

ROUTER_LLM = ChatOpenAI(model=os.getenv("ROUTER_MODEL", "gpt-4o-mini"), temperature=0)
ANSWER_LLM = ChatAnthropic(model="claude-3-5-sonnet-20241022", max_tokens=2048)
FAST_LLM = ChatGroq(model="llama-3.1-8b-instant")
OPEN_LLM = ChatHuggingFace(llm=HuggingFaceEndpoint(repo_id="meta-llama/Llama-3.3-70B-Instruct", task="text-generation"))
EMBEDDINGS = HuggingFaceEmbeddings(model_name="Alibaba-NLP/gte-multilingual-base", model_kwargs={"trust_remote_code": True})
CHECKER_MODEL = "vectara/hallucination_evaluation_model"  # license-gate: ignore


class State(TypedDict):
    messages: Annotated[list[AnyMessage], add_messages]
    route: str


def route(state: State) -> State:
    decision = ROUTER_LLM.invoke(state["messages"][-1:]).content.strip().lower()
    return {"messages": [], "route": "billing" if "invoice" in decision else "general"}


graph = StateGraph(State)
graph.add_node("route", route)
graph.set_entry_point("route")
graph.add_edge("route", END)
app = graph.compile()
