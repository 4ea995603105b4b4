"""
AutoGen against a local LM Studio / Ollama server plus ChatGPT.
Model entries live in OAI_CONFIG_LIST.
"""
import json

import autogen

only_local = {"model": ["phi"]}

configs = autogen.config_list_from_json(
    "OAI_CONFIG_LIST.json",
    filter_dict=only_local
)

helper = autogen.AssistantAgent(
    name="Assistant Agent",
    llm_config={"cache_seed": 44, "temperature": 0.7, "config_list": configs},
)

human = autogen.UserProxyAgent(
    name="User",
    human_input_mode="ALWAYS",
    is_termination_msg=lambda m: m.get("content", "").rstrip().endswith("TERMINATE"),
    code_execution_config={"work_dir": "coding", "use_docker": False},
)

task = """
Write three functions and save them to disk:
1. count the characters of a string
2. tell whether a string is a palindrome
3. return the square root of a number
"""

human.initiate_chat(
    recipient=helper,
    message=task,
    summary_method="reflection_with_llm",
)

json.dump(human.chat_messages[helper], open("conversations.json", "w"), indent=2)
