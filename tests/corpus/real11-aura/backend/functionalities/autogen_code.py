import asyncio
import re

from autogen import AssistantAgent, UserProxyAgent, config_list_from_json


async def run_command(command):
    # model list and keys come from a JSON file kept out of git
    config_list = config_list_from_json(env_or_file="backend/OAI_CONFIG_LIST")
    llm_config = {"config_list": config_list}

    proxy = UserProxyAgent(
        name="User_Proxy_Agent",
        code_execution_config={"work_dir": "coding", "use_docker": False},
        human_input_mode="NEVER",
        max_consecutive_auto_reply=5,
        is_termination_msg=lambda msg: "TERMINATE" in msg.get("content", ""),
    )
    assistant = AssistantAgent(name="Assistant_Agent", llm_config=llm_config)

    proxy.initiate_chat(
        assistant,
        message=(
            "You execute command-line commands and report their output.\n"
            "For git, run only the single command asked for; never commit or push unless told to.\n"
            f"Command: {command}"
        ),
    )
    await proxy.a_send(
        "Give the command's output verbatim between ``` and ```, nothing else.",
        assistant,
        request_reply=False,
        silent=True,
    )
    reply = await assistant.a_generate_reply(assistant.chat_messages[proxy], proxy)
    await assistant.a_send(reply, proxy, request_reply=False, silent=True)

    last = assistant.chat_messages[proxy][-1]["content"]
    match = re.search(r"('''|```)?(.*?)('''|```)", last, re.DOTALL)
    return match.group(2) if match else last


if __name__ == "__main__":
    print(asyncio.run(run_command(input("command: "))))
