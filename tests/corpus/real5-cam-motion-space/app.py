import os
import subprocess
import sys
import time

import ffmpeg
import gradio as gr
import spaces
import torch
from loguru import logger
from qwen_vl_utils import process_vision_info
from transformers import (
    AutoModelForImageTextToText,
    AutoProcessor,
    BitsAndBytesConfig,
    Gemma3nForConditionalGeneration,
    Qwen2_5_VLForConditionalGeneration,
)

logger.remove()
logger.add(sys.stderr, format="{time:YYYY-MM-DD HH:mm:ss} | {level} | {message}")

# flash-attn must be installed at runtime on ZeroGPU
subprocess.run(
    "pip install flash-attn --no-build-isolation",
    env={"FLASH_ATTENTION_SKIP_CUDA_BUILD": "TRUE"},
    shell=True,
)

DTYPE = torch.bfloat16 if torch.cuda.is_available() and torch.cuda.is_bf16_supported() else torch.float16
DEVICE = "auto"


def video_fps(path: str):
    probe = ffmpeg.probe(path)
    stream = next((s for s in probe["streams"] if s["codec_type"] == "video"), None)
    if stream is None:
        raise ValueError("no video stream")
    num, den = map(int, stream["r_frame_rate"].split("/"))
    return num / den


def load_model(
    model_name: str = "chancharikm/qwen2.5-vl-7b-cam-motion-preview",
    use_flash_attention: bool = True,
    apply_quantization: bool = True,
):
    quant = BitsAndBytesConfig(
        load_in_4bit=True,
        bnb_4bit_quant_type="nf4",
        bnb_4bit_compute_dtype=DTYPE,
        bnb_4bit_use_double_quant=True,
    )
    family = model_name.split("/")[-1].split("-")[0]
    kwargs = {
        "torch_dtype": DTYPE,
        "device_map": DEVICE,
        "low_cpu_mem_usage": True,
        "quantization_config": quant if apply_quantization else None,
    }
    if use_flash_attention:
        kwargs["attn_implementation"] = "flash_attention_2"
    match family:
        case "qwen2.5" | "Qwen2.5":
            model = Qwen2_5_VLForConditionalGeneration.from_pretrained(model_name, **kwargs)
        case "InternVL3":
            model = AutoModelForImageTextToText.from_pretrained(model_name, **kwargs)
        case "gemma":
            model = Gemma3nForConditionalGeneration.from_pretrained(model_name, **kwargs)
        case _:
            raise ValueError(f"unsupported family: {family}")
    return model.eval()


def load_processor(model_name="Qwen/Qwen2.5-VL-7B-Instruct"):
    return AutoProcessor.from_pretrained(model_name, device_map=DEVICE, use_fast=True, torch_dtype=DTYPE)


MODEL_ZOO = {
    "qwen2.5-vl-7b-cam-motion-preview": load_model(
        model_name="chancharikm/qwen2.5-vl-7b-cam-motion-preview", use_flash_attention=False, apply_quantization=False
    ),
    "qwen2.5-vl-7b-instruct": load_model(
        model_name="Qwen/Qwen2.5-VL-7B-Instruct", use_flash_attention=False, apply_quantization=False
    ),
    "qwen2.5-vl-3b-instruct": load_model(
        model_name="Qwen/Qwen2.5-VL-3B-Instruct", use_flash_attention=False, apply_quantization=False
    ),
    "InternVL3-1B-hf": load_model(model_name="OpenGVLab/InternVL3-1B-hf", use_flash_attention=False),
    "InternVL3-2B-hf": load_model(model_name="OpenGVLab/InternVL3-2B-hf", use_flash_attention=False),
    "InternVL3-8B-hf": load_model(model_name="OpenGVLab/InternVL3-8B-hf", use_flash_attention=False),
    "gemma-3n-e4b-it": load_model(model_name="google/gemma-3n-e4b-it", use_flash_attention=False),
}

PROCESSORS = {
    "qwen2.5-vl-7b-cam-motion-preview": load_processor("Qwen/Qwen2.5-VL-7B-Instruct"),
    "qwen2.5-vl-7b-instruct": load_processor("Qwen/Qwen2.5-VL-7B-Instruct"),
    "qwen2.5-vl-3b-instruct": load_processor("Qwen/Qwen2.5-VL-3B-Instruct"),
    "InternVL3-1B-hf": load_processor("OpenGVLab/InternVL3-1B-hf"),
    "InternVL3-2B-hf": load_processor("OpenGVLab/InternVL3-2B-hf"),
    "InternVL3-8B-hf": load_processor("OpenGVLab/InternVL3-8B-hf"),
    "gemma-3n-e4b-it": load_processor("google/gemma-3n-e4b-it"),
}


@spaces.GPU(duration=120)
def inference(video_path: str, prompt: str = "Describe the camera motion in this video.",
              model_name: str = "qwen2.5-vl-7b-instruct", custom_fps: int = 8, max_tokens: int = 256):
    t0 = time.time()
    model, processor = MODEL_ZOO[model_name], PROCESSORS[model_name]
    fps = custom_fps or video_fps(video_path)
    logger.info(f"{os.path.basename(video_path)} FPS: {fps}")
    messages = [{"role": "user", "content": [
        {"type": "video", "video": video_path, "fps": fps},
        {"type": "text", "text": prompt},
    ]}]
    with torch.no_grad():
        if model_name.startswith("qwen2.5"):
            text = processor.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
            imgs, vids, vkw = process_vision_info(messages, return_video_kwargs=True)
            inputs = processor(text=[text], images=imgs, videos=vids, padding=True, return_tensors="pt", **vkw).to("cuda")
            ids = model.generate(**inputs, max_new_tokens=max_tokens)
            trimmed = [o[len(i):] for i, o in zip(inputs.input_ids, ids)]
            answer = processor.batch_decode(trimmed, skip_special_tokens=True)[0]
        else:
            inputs = processor.apply_chat_template(
                messages, add_generation_prompt=True, tokenize=True, return_dict=True, return_tensors="pt"
            ).to("cuda", dtype=DTYPE)
            out = model.generate(**inputs, max_new_tokens=max_tokens)
            answer = processor.decode(out[0, inputs["input_ids"].shape[1]:], skip_special_tokens=True)
    return {"output_text": answer, "fps": fps, "inference_time": time.time() - t0}


demo = gr.Interface(
    fn=inference,
    inputs=[
        gr.Video(label="Input Video"),
        gr.Textbox(
            label="Prompt",
            info="[cam motion](https://huggingface.co/chancharikm/qwen2.5-vl-7b-cam-motion-preview)",
            value="Describe the camera motion in this video.",
        ),
        gr.Dropdown(label="Model", choices=list(MODEL_ZOO.keys())),
        gr.Number(label="FPS", value=8, minimum=0, step=1),
        gr.Slider(label="Max Tokens", value=128, minimum=32, maximum=512, step=32),
    ],
    outputs=gr.JSON(label="Output JSON"),
    api_name="video_inference",
)
demo.launch(mcp_server=True, app_kwargs={"docs_url": "/docs"})
