import gradio as gr
import os
import random
import requests
import json

# ---------------------------------------------------------------
# Hugging Face settings
# ---------------------------------------------------------------

HF_TOKEN = os.getenv("HF_TOKEN")

API_URL = "https://api-inference.huggingface.co/models/distilgpt2"

headers = {
    "Authorization": f"Bearer {HF_TOKEN}"
} if HF_TOKEN else {}

TOP_LIST = ["Oversized T-shirt", "Zip Hoodie", "Denim Jacket", "Silk Blouse"]
BOTTOM_LIST = ["Wide Leg Jeans", "Cargo Pants", "Midi Skirt", "Pleated Trousers"]
ENV_LIST = ["Urban street at golden hour", "Luxury hotel lobby", "Neon city night scene"]
SHOT_LIST = ["Centered cinematic composition", "Medium portrait shot", "Low angle dramatic shot"]


def generate_with_hf(prompt):
    if not HF_TOKEN:
        return "HF_TOKEN is not set"

    payload = {
        "inputs": prompt,
        "parameters": {"max_new_tokens": 300, "temperature": 0.8, "top_p": 0.9, "do_sample": True}
    }
    try:
        response = requests.post(API_URL, headers=headers, json=payload, timeout=120)
        if response.status_code != 200:
            return f"HF API error:\n{response.text}"
        result = response.json()
        if isinstance(result, list) and "generated_text" in result[0]:
            return result[0]["generated_text"]
        return json.dumps(result, indent=2)
    except Exception as e:
        return f"request failed:\n{e}"


def generate_prompt(gender, top, bottom, env, shot):
    top = top or random.choice(TOP_LIST)
    bottom = bottom or random.choice(BOTTOM_LIST)
    env = env or random.choice(ENV_LIST)
    system_prompt = "You write image-generation prompts for fashion shots with sunglasses as the focus."
    user_prompt = f"Gender: {gender}\nTop: {top}\nBottom: {bottom}\nEnvironment: {env}\nShot: {shot}"
    return generate_with_hf(system_prompt + "\n" + user_prompt)


with gr.Blocks(
    title="Nano Banana AI",
    css="""
    body {
        background-image: url('https://i.postimg.cc/FHC5G1FX/nano-banana-logo.png');
        background-size: cover;
    }
    """
) as app:
    gender = gr.Radio(["Man", "Woman"], label="Gender")
    top = gr.Textbox(label="Top")
    bottom = gr.Textbox(label="Bottom")
    env = gr.Textbox(label="Environment")
    shot = gr.Dropdown(SHOT_LIST, label="Camera Shot")
    output = gr.Textbox(label="Final Prompt", lines=15)
    gr.Button("Generate").click(generate_prompt, inputs=[gender, top, bottom, env, shot], outputs=output)

if __name__ == "__main__":
    port = int(os.environ.get("PORT", 7860))
    app.launch(server_name="0.0.0.0", server_port=port)
