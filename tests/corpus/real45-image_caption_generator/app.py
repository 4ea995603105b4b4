import os  # API key comes from the environment

import gradio as gr
import httpx
from PIL import Image

from model_utils import predict_caption

custom_css = """
@import url('https://fonts.googleapis.com/css2?family=Inter:wght@400;500;700&display=swap');
body { font-family: 'Inter', sans-serif; }
#title { text-align: center; font-size: 2.5em; font-weight: 700; }
.dark #title { color: #e2e8f0; }
"""


async def get_stylized_caption(base_caption, style):
    """Ask Gemini to rewrite the caption in a given style."""
    if style == "Descriptive (Default)":
        return base_caption

    # Hugging Face injects this from "Space secrets".
    api_key = os.environ.get("GEMINI_API_KEY")
    if not api_key:
        return "Error: GEMINI_API_KEY not found. Set it in your Hugging Face Space secrets."

    style_prompts = {
        "Humorous": f"Rewrite this image caption to be funny and witty, one response only: '{base_caption}'",
        "Poetic": f"Rewrite this image caption as a short, elegant poem: '{base_caption}'",
        "Dramatic": f"Rewrite this image caption with a dramatic, epic tone: '{base_caption}'",
    }
    user_query = style_prompts.get(style, base_caption)

    api_url = f"https://generativelanguage.googleapis.com/v1beta/models/gemini-2.5-flash-preview-05-20:generateContent?key={api_key}"
    payload = {"contents": [{"parts": [{"text": user_query}]}]}

    try:
        async with httpx.AsyncClient() as client:
            response = await client.post(api_url, headers={'Content-Type': 'application/json'}, json=payload, timeout=60)
        if response.status_code == 200:
            result = response.json()
            return result["candidates"][0]["content"]["parts"][0]["text"].strip()
        return f"Error: API returned status {response.status_code}."
    except Exception as e:
        print(f"API Call Exception: {e}")
        return "Error: could not reach the style service."


with gr.Blocks(css=custom_css, theme=gr.themes.Base(primary_hue="blue")) as demo:
    gr.Markdown("# AI Image Caption Pro", elem_id="title")
    gr.Markdown("A CNN + LSTM captioner trained on the MS COCO dataset.")
    with gr.Row():
        with gr.Column(scale=2):
            image_input = gr.Image(type="numpy", label="Upload Your Image Here")
            style_selector = gr.Dropdown(
                ["Descriptive (Default)", "Humorous", "Poetic", "Dramatic"],
                label="Choose a Caption Style", value="Descriptive (Default)")
            gr.Examples(examples=[["images/dog.jpg"]], inputs=image_input)
        with gr.Column(scale=1):
            caption_output = gr.Textbox(label="Generated Caption", lines=5)
            submit_btn = gr.Button("Generate Caption", variant="primary")

    async def image_to_caption(image, style):
        base_caption = predict_caption(Image.fromarray(image))
        return await get_stylized_caption(base_caption, style)

    submit_btn.click(fn=image_to_caption, inputs=[image_input, style_selector], outputs=caption_output)

demo.launch()
