import os

import chainlit as cl
from agents import Agent, OpenAIChatCompletionsModel, Runner, set_tracing_disabled
from dotenv import load_dotenv
from openai import AsyncOpenAI
from openai.types.responses import ResponseTextDeltaEvent

load_dotenv()
set_tracing_disabled(disabled=True)

gemini_api_key = os.getenv("OPENROUTER_API_KEY")
base_url = os.getenv("base_url")

history = []

# Updated models dictionary with your new model names and IDs
models = {
    "Qwen 3": "qwen/qwen3-coder:free",
    "Deepseek v3": "deepseek/deepseek-chat-v3-0324:free",
    "gemini 2.0": "google/gemini-2.0-flash-exp:free",
    "DeepSeek R1": "deepseek/deepseek-r1-0528:free",
    "MoonshotAI k2": "moonshotai/kimi-k2:free"
}


@cl.on_chat_start
async def handle_start_chat():
    await cl.Message(content="Hello, how can I help you today?").send()
    await cl.ChatSettings(
        [
            cl.input_widget.Select(
                id="Model",
                label="Choose Any LLM Model",
                items={k: k for k in models.keys()},
                value=list(models.keys())[0],
            )
        ]
    ).send()
    cl.user_session.set("model", list(models.keys())[0])


@cl.on_message
async def handle_message(message: cl.Message):
    history.append({"role": "user", "content": message.content})
    selected_model = models[cl.user_session.get("model", list(models.keys())[0])]

    external_client = AsyncOpenAI(api_key=gemini_api_key, base_url=base_url)
    model = OpenAIChatCompletionsModel(model=selected_model, openai_client=external_client)
    agent = Agent(name="Kaif Shamim", instructions="You are a helpful assistant.", model=model)

    response = Runner.run_streamed(agent, input=message.content)
    stream_response = cl.Message(content="")
    await stream_response.send()
    async for event in response.stream_events():
        if event.type == "raw_response_event" and isinstance(event.data, ResponseTextDeltaEvent):
            stream_response.content += event.data.delta
            await stream_response.update()
