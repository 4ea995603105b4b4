"""
LangGraph 短期记忆：按条数或按 token 截断历史
"""
from typing import Any, Dict, List, TypedDict

from langchain_core.messages import BaseMessage, trim_messages
from langchain_openai import ChatOpenAI


class AgentState(TypedDict):
    messages: List[BaseMessage]
    intermediate_results: Dict[str, Any]


def keep_last(state: AgentState, n: int) -> Dict[str, List[BaseMessage]]:
    """只保留最近 n 条消息"""
    return {"messages": state["messages"][-n:]}


def keep_by_tokens(state: AgentState, budget: int) -> Dict[str, List[BaseMessage]]:
    """用 trim_messages 按 token 数裁剪"""
    kept = trim_messages(
        state["messages"],
        strategy="last",
        token_counter=ChatOpenAI(model="gpt-4o"),
        max_tokens=budget,
        start_on="human",
        end_on=("human", "tool"),
        include_system=True,
    )
    return {"messages": kept}
