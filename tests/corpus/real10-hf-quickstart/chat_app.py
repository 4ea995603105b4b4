import gradio as gr
from transformers import Conversation, pipeline

bot = pipeline(model="facebook/blenderbot-400M-distill")

user_turns = []
bot_turns = []


def reply(message, history):
    conv = Conversation(text=message, past_user_inputs=user_turns, generated_responses=bot_turns)
    conv = bot(conv)
    return conv.generated_responses[-1]


gr.ChatInterface(reply, title="Basic Chatbot", description="Say hi!").launch()
