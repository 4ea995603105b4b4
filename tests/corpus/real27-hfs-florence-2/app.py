import gradio as gr
from transformers import AutoProcessor, AutoModelForCausalLM
import spaces

import copy
import random
import subprocess
import numpy as np
from PIL import Image, ImageDraw

subprocess.run(
    "pip install flash-attn --no-build-isolation",
    env={"FLASH_ATTENTION_SKIP_CUDA_BUILD": "TRUE"},
    shell=True,
)

models = {
    "microsoft/Florence-2-large-ft": AutoModelForCausalLM.from_pretrained(
        "microsoft/Florence-2-large-ft", trust_remote_code=True
    )
    .to("cuda")
    .eval(),
    "microsoft/Florence-2-large": AutoModelForCausalLM.from_pretrained(
        "microsoft/Florence-2-large", trust_remote_code=True
    )
    .to("cuda")
    .eval(),
    "microsoft/Florence-2-base-ft": AutoModelForCausalLM.from_pretrained(
        "microsoft/Florence-2-base-ft", trust_remote_code=True
    )
    .to("cuda")
    .eval(),
    "microsoft/Florence-2-base": AutoModelForCausalLM.from_pretrained(
        "microsoft/Florence-2-base", trust_remote_code=True
    )
    .to("cuda")
    .eval(),
}

processors = {
    "microsoft/Florence-2-large-ft": AutoProcessor.from_pretrained(
        "microsoft/Florence-2-large-ft", trust_remote_code=True
    ),
    "microsoft/Florence-2-large": AutoProcessor.from_pretrained(
        "microsoft/Florence-2-large", trust_remote_code=True
    ),
    "microsoft/Florence-2-base-ft": AutoProcessor.from_pretrained(
        "microsoft/Florence-2-base-ft", trust_remote_code=True
    ),
    "microsoft/Florence-2-base": AutoProcessor.from_pretrained(
        "microsoft/Florence-2-base", trust_remote_code=True
    ),
}


DESCRIPTION = "# [Florence-2 Demo](https://huggingface.co/microsoft/Florence-2-large)"

colormap = ["blue", "orange", "green", "purple", "brown", "pink", "gray", "olive", "cyan", "red"]


@spaces.GPU
def run_example(
    task_prompt, image, text_input=None, model_id="microsoft/Florence-2-large"
):
    model = models[model_id]
    processor = processors[model_id]
    prompt = task_prompt if text_input is None else task_prompt + text_input
    inputs = processor(text=prompt, images=image, return_tensors="pt").to("cuda")
    generated_ids = model.generate(
        input_ids=inputs["input_ids"],
        pixel_values=inputs["pixel_values"],
        max_new_tokens=1024,
        do_sample=False,
        num_beams=3,
    )
    generated_text = processor.batch_decode(generated_ids, skip_special_tokens=False)[0]
    return processor.post_process_generation(
        generated_text, task=task_prompt, image_size=(image.width, image.height)
    )


def draw_ocr_bboxes(image, prediction):
    draw = ImageDraw.Draw(image)
    for box, label in zip(prediction["quad_boxes"], prediction["labels"]):
        color = random.choice(colormap)
        new_box = np.array(box).tolist()
        draw.polygon(new_box, width=3, outline=color)
        draw.text((new_box[0] + 8, new_box[1] + 2), "{}".format(label), align="right", fill=color)
    return image


def process_image(
    image, task_prompt, text_input=None, model_id="microsoft/Florence-2-large"
):
    image = Image.fromarray(image)
    if task_prompt == "Caption":
        return run_example("<CAPTION>", image, model_id=model_id), None
    elif task_prompt == "OCR":
        return run_example("<OCR>", image, model_id=model_id), None
    elif task_prompt == "OCR with Region":
        results = run_example("<OCR_WITH_REGION>", image, model_id=model_id)
        output_image = draw_ocr_bboxes(copy.deepcopy(image), results["<OCR_WITH_REGION>"])
        return results, output_image
    return "", None


single_task_list = ["Caption", "OCR", "OCR with Region"]

with gr.Blocks() as demo:
    gr.Markdown(DESCRIPTION)
    with gr.Tab(label="Florence-2 Image Captioning"):
        with gr.Row():
            with gr.Column():
                input_img = gr.Image(label="Input Picture")
                model_selector = gr.Dropdown(
                    choices=list(models.keys()),
                    label="Model",
                    value="microsoft/Florence-2-large",
                )
                task_prompt = gr.Dropdown(choices=single_task_list, label="Task Prompt", value="Caption")
                text_input = gr.Textbox(label="Text Input (optional)")
                submit_btn = gr.Button(value="Submit")
            with gr.Column():
                output_text = gr.Textbox(label="Output Text")
                output_img = gr.Image(label="Output Image")

        gr.Examples(
            examples=[["image1.jpg", "Caption"], ["image2.jpg", "OCR with Region"]],
            inputs=[input_img, task_prompt],
            outputs=[output_text, output_img],
            fn=process_image,
            cache_examples=True,
        )
        submit_btn.click(process_image, [input_img, task_prompt, text_input, model_selector], [output_text, output_img])

demo.launch(debug=True)
