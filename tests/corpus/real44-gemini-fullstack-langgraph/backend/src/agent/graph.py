import json
import os

import requests
from dotenv import load_dotenv
from google.genai import Client
from langchain_core.messages import AIMessage, HumanMessage
from langchain_core.runnables import RunnableConfig
from langchain_google_genai import ChatGoogleGenerativeAI
from langgraph.graph import END, START, StateGraph
from langgraph.types import Send

from agent.configuration import Configuration
from agent.prompts import get_current_date, query_writer_instructions, reflection_instructions
from agent.state import OverallState, QueryGenerationState, ReflectionState
from agent.tools_and_schemas import Reflection, SearchQueryList
from agent.utils import get_research_topic

load_dotenv()

if os.getenv("GEMINI_API_KEY") is None:
    raise ValueError("GEMINI_API_KEY is not set")

# Used for Google Search grounding
genai_client = Client(api_key=os.getenv("GEMINI_API_KEY"))


def is_openrouter_model(model: str) -> bool:
    openrouter_prefixes = ["deepseek/", "qwen/", "openai/", "google/"]
    return any(model.startswith(prefix) for prefix in openrouter_prefixes)


def call_openrouter_model(model: str, messages: list, temperature: float = 0.0) -> str:
    payload = [{"role": "assistant" if isinstance(m, AIMessage) else "user",
                "content": m.content if isinstance(m, (AIMessage, HumanMessage)) else str(m)} for m in messages]
    response = requests.post(
        url="https://openrouter.ai/api/v1/chat/completions",
        headers={
            "Authorization": f"Bearer {os.getenv('OPENROUTER_API_KEY')}",
            "Content-Type": "application/json",
            "HTTP-Referer": os.getenv("YOUR_SITE_URL", "http://localhost:2024"),
            "X-Title": os.getenv("YOUR_SITE_NAME", "LangGraph Research Agent"),
        },
        data=json.dumps({"model": model, "messages": payload, "temperature": temperature}),
    )
    if response.status_code != 200:
        raise Exception(f"OpenRouter API error: {response.status_code} - {response.text}")
    return response.json()["choices"][0]["message"]["content"]


def call_model_simple(model: str, prompt: str, temperature: float = 0.0) -> str:
    if is_openrouter_model(model):
        return call_openrouter_model(model, [prompt], temperature)
    llm = ChatGoogleGenerativeAI(model=model, temperature=temperature, max_retries=2,
                                 api_key=os.getenv("GEMINI_API_KEY"))
    return llm.invoke(prompt).content


def generate_query(state: OverallState, config: RunnableConfig) -> QueryGenerationState:
    """Generate search queries from the user's question (Gemini 2.0 Flash)."""
    configurable = Configuration.from_runnable_config(config)
    llm = ChatGoogleGenerativeAI(
        model=configurable.query_generator_model,
        temperature=1.0,
        max_retries=2,
        api_key=os.getenv("GEMINI_API_KEY"),
    )
    prompt = query_writer_instructions.format(
        current_date=get_current_date(),
        research_topic=get_research_topic(state["messages"]),
        number_queries=configurable.number_of_initial_queries,
    )
    return {"query_list": llm.with_structured_output(SearchQueryList).invoke(prompt).query}


def reflection(state: OverallState, config: RunnableConfig) -> ReflectionState:
    configurable = Configuration.from_runnable_config(config)
    model = state.get("reasoning_model") or configurable.reflection_model
    prompt = reflection_instructions.format(
        current_date=get_current_date(),
        research_topic=get_research_topic(state["messages"]),
        summaries="\n\n---\n\n".join(state["web_research_result"]),
    )
    text = call_model_simple(model, prompt + "\nReturn JSON.", temperature=1.0)
    result = Reflection(**json.loads(text))
    return {"is_sufficient": result.is_sufficient, "follow_up_queries": result.follow_up_queries}


builder = StateGraph(OverallState, config_schema=Configuration)
builder.add_node("generate_query", generate_query)
builder.add_node("reflection", reflection)
builder.add_edge(START, "generate_query")
builder.add_edge("generate_query", "reflection")
builder.add_edge("reflection", END)
graph = builder.compile()
