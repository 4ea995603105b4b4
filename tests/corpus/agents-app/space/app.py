import gradio as gr
import spaces
import torch
from diffusers import DiffusionPipeline
from transformers import AutoModelForCausalLM, AutoTokenizer

MODEL_ID = "HuggingFaceTB/SmolLM2-1.7B-Instruct"
tokenizer = AutoTokenizer.from_pretrained(MODEL_ID)
model = AutoModelForCausalLM.from_pretrained(MODEL_ID, torch_dtype=torch.bfloat16).to("cuda")
image_pipe = DiffusionPipeline.from_pretrained("stabilityai/stable-diffusion-3.5-large-turbo", torch_dtype=torch.bfloat16)


@spaces.GPU(duration=60)
def respond(message, history):
    messages = history + [{"role": "user", "content": message}]
    inputs = tokenizer.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt").to("cuda")
    out = model.generate(inputs, max_new_tokens=256)
    return tokenizer.decode(out[0][inputs.shape[-1]:], skip_special_tokens=True)


with gr.Blocks(theme="gradio/soft") as demo:
    gr.Markdown("# SmolLM2 chat\nModel: [SmolLM2-1.7B-Instruct](https://huggingface.co/HuggingFaceTB/SmolLM2-1.7B-Instruct)")
    gr.ChatInterface(respond, type="messages")
    with gr.Tab("Whisper"):
        gr.load("models/openai/whisper-large-v3")
    with gr.Tab("Upscaler"):
        gr.load("spaces/finegrain/finegrain-image-enhancer")

demo.launch()
