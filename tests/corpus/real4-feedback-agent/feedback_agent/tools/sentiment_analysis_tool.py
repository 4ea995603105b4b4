import ast
from typing import Annotated, List

from autogen import ConversableAgent, UserProxyAgent

LABELS = {"positive", "negative", "neutral"}


def _done(msg):
    return msg.get("content") is not None and "FINISH" in msg["content"]


def sentiment_analysis(text: Annotated[List[str], "feedback texts"]) -> Annotated[List[int], "scores"]:
    if not isinstance(text, list):
        raise ValueError(f"expected a list, got {type(text)}")
    scorer = ConversableAgent(
        name="Sentiment Analysis Agent",
        system_message="""Score each feedback text: 2 positive, 1 neutral, 0 negative.
                      Reply with the list only, e.g. [2, 1, 0], then 'FINISH'.""",
        is_termination_msg=_done,
        llm_config={
            "model": "llama3.2:3b",
            "client_host": "127.0.0.1:11434",
            "api_type": "ollama",
            "num_predict": -2,
            "stream": False,
            "seed": 42,
            "temperature": 0,
            "native_tool_calls": False,
            "cache_seed": None,
        },
    )
    proxy = UserProxyAgent(name="User", llm_config=False, is_termination_msg=_done, human_input_mode="NEVER")
    proxy.initiate_chat(recipient=scorer, max_turns=2,
                        message=f'score the sentiment of: {", ".join(text)}')
    reply = proxy.last_message()
    content = reply["content"] if isinstance(reply, dict) else reply
    content = content.replace("\nFINISH", "").strip()
    content = content[content.find("["): content.find("]") + 1]
    return [int(v) for v in ast.literal_eval(content)]
