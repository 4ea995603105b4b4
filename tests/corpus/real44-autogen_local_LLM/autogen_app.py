import os

import autogen
from dotenv import load_dotenv

from pinterest_utils import fetch_image

load_dotenv()
work_dir = os.getenv("WORK_DIR")

config_list = autogen.config_list_from_json(env_or_file="OAI_CONFIG_LIST.json")
# config_list = autogen.config_list_from_json(env_or_file="OAI_CONFIG_LIST_LLM.json")

llm_config = {
    "request_timeout": 600,
    "seed": 50,
    "config_list": config_list,
    "temperature": 0,
    "functions": [
        {
            "name": "fetch_image",
            "description": "Queries Pinterest with a search string and downloads the images into a folder",
            "parameters": {
                "type": "object",
                "properties": {"var": {"type": "string", "description": "The query string to be used."}},
                "required": ["var"],
            },
        }
    ],
}

user_proxy = autogen.UserProxyAgent(
    name="Admin",
    human_input_mode="ALWAYS",
    max_consecutive_auto_reply=10,
    is_termination_msg=lambda x: x.get("content", "").rstrip().endswith("TERMINATE"),
    code_execution_config={"work_dir": work_dir, "use_docker": False},
)

technical_engineer = autogen.AssistantAgent(
    name="Technical_Engineer",
    llm_config=llm_config,
    system_message="You are a Technical Engineer. Execute fetch_image for each query from the Prompt_Engineer.",
    function_map={"fetch_image": fetch_image},
)

prompt_engineer = autogen.AssistantAgent(
    name="Prompt_Engineer",
    llm_config=llm_config,
    system_message="You are a Prompt Engineer. Generate 10 search queries and get admin approval.",
)

groupchat = autogen.GroupChat(agents=[user_proxy, technical_engineer, prompt_engineer], messages=[], max_round=50)
manager = autogen.GroupChatManager(groupchat=groupchat, llm_config=llm_config)

user_proxy.initiate_chat(manager, message="Build a small image dataset of architecture and fashion outfits from Pinterest.")
