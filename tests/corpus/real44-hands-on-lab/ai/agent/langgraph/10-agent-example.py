from os import getenv
from typing import Annotated

from langchain_community.tools import TavilySearchResults
from langchain_core.messages import AIMessage, ToolMessage
from langchain_openai import ChatOpenAI
from langgraph.checkpoint.memory import MemorySaver
from langgraph.constants import END
from langgraph.graph import StateGraph, add_messages
from langgraph.prebuilt import ToolNode, tools_condition
from pydantic import BaseModel
from typing_extensions import TypedDict

from langgraph_utils import draw_graph, loop_graph_invoke, loop_graph_invoke_tools


# 1、定义状态类型
class MyState(TypedDict):
    messages: Annotated[list, add_messages]
    ask_person: bool  # 是否请求人工介入


def create_response(response: str, ai_message: AIMessage):
    return ToolMessage(content=response, tool_call_id=ai_message.tool_calls[0]["id"])


class AskPersonMessage(BaseModel):
    """将对话升级到人工客服。"""
    request: str


graph = StateGraph(MyState)

llm = ChatOpenAI(
  openai_api_key=getenv("OPENROUTER_API_KEY"),
  openai_api_base="https://openrouter.ai/api/v1",
  model_name="openai/gpt-4o",
)

search_tool = TavilySearchResults(max_results=2)
tools = [search_tool]
agent = llm.bind_tools(tools + [AskPersonMessage])


def chatbot(state: MyState):
    resp = agent.invoke(state['messages'])
    ask_person = bool(resp.tool_calls and resp.tool_calls[0]['name'] == AskPersonMessage.__name__)
    return {'messages': [resp], "ask_person": ask_person}


def person_node(state: MyState):
    new_message = []
    if not isinstance(state['messages'][-1], ToolMessage):
        new_message.append(create_response('人工客服太忙了，稍等片刻...', state['messages'][-1]))
    return {'messages': new_message, 'ask_person': False}


def select_next_node(state: MyState):
    if state["ask_person"]:
        return "person"
    return tools_condition(state)


graph.add_node('agent', chatbot)
graph.add_node('tools', ToolNode(tools=tools))
graph.add_node('person', person_node)
graph.add_conditional_edges('agent', select_next_node, {'person': 'person', 'tools': 'tools', END: END})
graph.add_edge('tools', 'agent')
graph.add_edge('person', 'agent')
graph.set_entry_point('agent')

memory_checkpointer = MemorySaver()
# sqlite_checkpointer = SqliteSaver('sqlite:///tset.db')
graph = graph.compile(checkpointer=memory_checkpointer, interrupt_before=['person'])

draw_graph(graph, '10-graph.png')

config = {"configurable": {"thread_id": input('请输入一个sessionId:')}}
while True:
    user_input = input('用户: ')
    if user_input.lower() in ['q', 'exit', 'quit']:
        break
    loop_graph_invoke(graph, user_input, config)
    now_state = graph.get_state(config)
    if 'person' in now_state.next:
        if input('人工是否需要介入： yes或者no').lower() == 'yes':
            msg = create_response(input('人工给一个答案：'), ai_message=now_state.values['messages'][-1])
            graph.update_state(config=config, values={'messages': [msg]})
        else:
            loop_graph_invoke_tools(graph, None, config)
