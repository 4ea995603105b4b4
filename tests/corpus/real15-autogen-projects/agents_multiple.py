"""
Writer/editor group chat with AutoGen.
  + install pyautogen (not autogen)
  + models come from OAI_CONFIG_LIST - see https://platform.openai.com/docs/models
"""
import autogen

configs = autogen.config_list_from_json(
    "OAI_CONFIG_LIST",
    filter_dict={
        # entries are listed in OAI_CONFIG_LIST
        "model": ["gpt-3.5-turbo-1106"]
    }
)

editor_cfg = {"timeout": 400, "seed": 42, "config_list": configs, "temperature": 0}
writer_cfg = {"timeout": 400, "seed": 43, "config_list": configs, "temperature": 1}

writer = autogen.AssistantAgent(
    name="Writer",
    llm_config=writer_cfg,
    system_message="Write an article on the subject, then revise it after the editor's notes. Reply TERMINATE when done.",
)
editor = autogen.AssistantAgent(
    name="Editor",
    llm_config=editor_cfg,
    system_message="Check the writer's article for accuracy and list short corrections.",
)
admin = autogen.UserProxyAgent(
    name="user_proxy",
    human_input_mode="ALWAYS",
    code_execution_config={"work_dir": "programs", "use_docker": False},
)

chat = autogen.GroupChat(agents=[admin, writer, editor], messages=[], max_round=10,
                         speaker_selection_method="manual")
boss = autogen.GroupChatManager(groupchat=chat, llm_config=editor_cfg)

admin.initiate_chat(boss, message="write an article about large language models")
