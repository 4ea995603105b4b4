import os
import random

import autogen
from autogen import AssistantAgent
from autogen.agentchat.contrib.retrieve_user_proxy_agent import RetrieveUserProxyAgent

# Phoenix tracing
os.environ["PHOENIX_COLLECTOR_ENDPOINT"] = "http://localhost:6006"
os.environ["PHOENIX_PROJECT_NAME"] = "testing-autogen-rag"
import phoenix as px
from phoenix.trace.openai import OpenAIInstrumentor

px.launch_app()
OpenAIInstrumentor().instrument()

config_list = autogen.config_list_from_json(
  "OAI_CONFIG_LIST.json",
  filter_dict={
    "model": ["gpt-3.5-turbo-1106"]
  }
)

llm_config = {
  "temperature": 0,
  "timeout": 300,
  "seed": random.randint(100, 100000),
  "config_list": config_list
}


def termination_msg(x):
    return isinstance(x, dict) and "TERMINATE" == str(x.get("content", ""))[-9:].upper()


boss = autogen.UserProxyAgent(
    name="Boss",
    is_termination_msg=termination_msg,
    human_input_mode="NEVER",
    code_execution_config=False,
    default_auto_reply="Reply `TERMINATE` if the task is done.",
)

boss_aid = RetrieveUserProxyAgent(
    name="Boss_Assistant",
    is_termination_msg=termination_msg,
    human_input_mode="NEVER",
    max_consecutive_auto_reply=3,
    retrieve_config={
        "task": "code",
        "docs_path": "https://www.ietf.org/rfc/rfc768.txt",
        "chunk_token_size": 1000,
        "model": config_list[0]["model"],
        "collection_name": "groupchat",
        "get_or_create": True,
    },
    code_execution_config=False,
)

coder = AssistantAgent(
    name="Senior_Software_Engineer",
    is_termination_msg=termination_msg,
    system_message="You are a senior software engineer. Reply `TERMINATE` when everything is done.",
    llm_config=llm_config,
)

pm = autogen.AssistantAgent(
    name="Product_Manager",
    is_termination_msg=termination_msg,
    system_message="You are a product manager. Reply `TERMINATE` when everything is done.",
    llm_config=llm_config,
)

PROBLEM = "What are the headers of a UDP packet, and how do I send one with python?"


def rag_chat():
    groupchat = autogen.GroupChat(agents=[boss_aid, pm, coder], messages=[], max_round=12,
                                  speaker_selection_method="round_robin")
    manager = autogen.GroupChatManager(groupchat=groupchat, llm_config=llm_config)
    boss_aid.initiate_chat(manager, message=boss_aid.message_generator, problem=PROBLEM, n_results=3)


if __name__ == "__main__":
    rag_chat()
