import io
import os
import time
import uuid
from threading import Thread

import gradio as gr
import spaces
import torch
from PIL import Image
from qwen_vl_utils import process_vision_info
from transformers import AutoProcessor, Qwen2_5_VLForConditionalGeneration, TextIteratorStreamer

if torch.cuda.is_available():
    device = "cuda"
elif torch.backends.mps.is_available() and torch.backends.mps.is_built():
    device = "mps"
else:
    device = "cpu"

VIDEO_EXTS = ("avi", "mp4", "mov", "mkv", "webm", "m4v")


def save_blob(blob_path):
    with open(blob_path, "rb") as fh:
        content = fh.read()
    try:
        Image.open(io.BytesIO(content)).verify()
        ext, kind = ".png", "image"
    except (IOError, SyntaxError):
        _, ext = os.path.splitext(blob_path)
        ext = ext.lower() if ext.lower() in VIDEO_EXTS else ".mp4"
        kind = "video"
    name = f"temp_{uuid.uuid4()}_media{ext}"
    with open(name, "wb") as fh:
        fh.write(content)
    return name, kind


models = {
    "Qwen/Qwen2.5-VL-7B-Instruct": Qwen2_5_VLForConditionalGeneration.from_pretrained(
        "Qwen/Qwen2.5-VL-7B-Instruct", trust_remote_code=True, torch_dtype="auto", device_map="auto"
    ).eval(),
    "Qwen/Qwen2.5-VL-3B-Instruct": Qwen2_5_VLForConditionalGeneration.from_pretrained(
        "Qwen/Qwen2.5-VL-3B-Instruct", trust_remote_code=True, torch_dtype="auto", device_map="auto"
    ).eval(),
}

processors = {
    "Qwen/Qwen2.5-VL-7B-Instruct": AutoProcessor.from_pretrained(
        "Qwen/Qwen2.5-VL-7B-Instruct", trust_remote_code=True
    ),
    "Qwen/Qwen2.5-VL-3B-Instruct": AutoProcessor.from_pretrained(
        "Qwen/Qwen2.5-VL-3B-Instruct", trust_remote_code=True
    ),
}

DESCRIPTION = "[Qwen2.5-VL Demo](https://huggingface.co/collections/Qwen/qwen25-vl-6795ffac22b334a837c0f9a5)"


@spaces.GPU
def run_example(video_path: str, text_input: str, model_id: str = "Qwen/Qwen2.5-VL-7B-Instruct"):
    t0 = time.time()
    model, processor = models[model_id], processors[model_id]
    messages = [{"role": "user", "content": [
        {"type": "video", "video": video_path, "fps": 8.0},
        {"type": "text", "text": text_input},
    ]}]
    text = processor.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    imgs, vids = process_vision_info(messages)
    inputs = processor(text=[text], images=imgs, videos=vids, padding=True, return_tensors="pt").to(device)
    streamer = TextIteratorStreamer(processor, skip_prompt=True, skip_special_tokens=True)
    Thread(target=model.generate, kwargs=dict(inputs, streamer=streamer, max_new_tokens=1024)).start()
    buf = ""
    for piece in streamer:
        buf += piece
        yield buf, None
    yield buf, f"{round(time.time() - t0, 2)} seconds"


with gr.Blocks() as demo:
    gr.Markdown(DESCRIPTION)
    with gr.Row():
        with gr.Column():
            media = gr.Video(label="Input Video")
            prompt = gr.Textbox(label="Text Prompt", value="Describe the camera motion in this video.")
            picker = gr.Dropdown(choices=list(models.keys()), label="Model")
            go = gr.Button(value="Submit")
        with gr.Column():
            out_text = gr.Textbox(label="Output Text", interactive=False)
            took = gr.Textbox(label="Time taken", interactive=False)
    go.click(run_example, [media, prompt, picker], [out_text, took])

demo.launch(debug=True)
