"""
Minimal AutoGen pair with two GPT configs.
  + edit OAI_CONFIG_LIST to change model versions
"""
from typing import Any, Dict, List

import autogen

# GPT-3.5
cfg_35: List[Dict[str, Any]] = autogen.config_list_from_json(
    "OAI_CONFIG_LIST",
    filter_dict={
        "model": ["gpt-3.5-turbo-0125"]
    }
)

# GPT-4
cfg_4: List[Dict[str, Any]] = autogen.config_list_from_json(
    "OAI_CONFIG_LIST",
    filter_dict={
        "model": ["gpt-4-0125-preview"]
    }
)

llm_35: Dict[str, Any] = {"temperature": 0, "timeout": 300, "seed": 21, "config_list": cfg_35}
llm_4: Dict[str, Any] = {"temperature": 0, "timeout": 300, "seed": 15, "config_list": cfg_4}

assistant = autogen.AssistantAgent(
    name="Assistant",
    system_message="You are a helpful assistant",
    llm_config=llm_35,  # swap for llm_4 to use GPT-4
)

proxy = autogen.UserProxyAgent(
    name="user_proxy",
    human_input_mode="ALWAYS",
    code_execution_config={"work_dir": "programs", "use_docker": False},
    is_termination_msg=lambda m: m.get("content", "").rstrip().endswith("TERMINATE"),
)

proxy.initiate_chat(assistant, message="Write a pygame snake game with a score counter and a start button.")
