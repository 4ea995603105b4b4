import gradio as gr
import os
from PIL import ImageDraw, ImageFont
from transformers import AutoProcessor, AutoModelForCausalLM
from unittest.mock import patch
from transformers.dynamic_module_utils import get_imports
import random
import copy


def fixed_get_imports(filename: str | os.PathLike) -> list[str]:
    if not str(filename).endswith("modeling_florence2.py"):
        return get_imports(filename)
    imports = get_imports(filename)
    imports.remove("flash_attn")
    return imports


model_path = "microsoft/Florence-2-large"

with patch("transformers.dynamic_module_utils.get_imports", fixed_get_imports):  # workaround for unnecessary flash_attn requirement
    model = AutoModelForCausalLM.from_pretrained(model_path, attn_implementation="sdpa", trust_remote_code=True)

processor = AutoProcessor.from_pretrained(model_path, trust_remote_code=True)
model.to("cpu")

color_map = {}


def get_color(object_type):
    if object_type not in color_map:
        random.seed(object_type)
        color_map[object_type] = "#{:06x}".format(random.randint(0, 0xFFFFFF))
    return color_map[object_type]


def run_example(task_prompt, image, text_input=None):
    prompt = task_prompt if text_input is None else task_prompt + text_input
    inputs = processor(text=prompt, images=image, return_tensors="pt")
    generated_ids = model.generate(
        input_ids=inputs["input_ids"],
        pixel_values=inputs["pixel_values"],
        max_new_tokens=1024,
        do_sample=False,
        num_beams=3,
    )
    generated_text = processor.batch_decode(generated_ids, skip_special_tokens=False)[0]
    return processor.post_process_generation(generated_text, task=task_prompt, image_size=(image.width, image.height))


def detect_objects(image, task, text_input=None):
    task_prompt = f"<{task.upper()}>"
    results = run_example(task_prompt, image, text_input)
    draw = ImageDraw.Draw(image)
    try:
        font = ImageFont.truetype(font="arial.ttf", size=100)
    except IOError:
        font = ImageFont.load_default(size=50)
    if task == "od":
        for bbox, label in zip(results[task_prompt]["bboxes"], results[task_prompt]["labels"]):
            draw.rectangle(bbox, outline=get_color(label), width=3)
            draw.text(bbox[:2], label, fill="black", font=font)
        return image, None
    elif task == "ocr":
        return image, results[task_prompt]
    return copy.deepcopy(image), results[task_prompt]


task_mapping = {
    "Object Detection": "od",
    "OCR": "ocr",
    "Caption": "caption",
    "OCR with Region": "ocr_with_region",
}

with gr.Blocks() as demo:
    gr.Markdown("# 🪟 Microsoft Florence-2 Vision Model")
    with gr.Row():
        with gr.Column():
            image_input = gr.Image(type="pil", label="Upload Image")
            task_dropdown = gr.Dropdown(choices=list(task_mapping), label="Select Task", value="Object Detection")
            text_input = gr.Textbox(label="Text Input (Optional)", lines=1, visible=False)
            start_button = gr.Button("Start")
        with gr.Column():
            image_output = gr.Image(label="Output Image")
            caption_output = gr.Textbox(label="Caption Output", lines=5)

    start_button.click(fn=lambda i, t, x: detect_objects(i, task_mapping[t], x),
                       inputs=[image_input, task_dropdown, text_input], outputs=[image_output, caption_output])

demo.launch()
