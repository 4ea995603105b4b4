import logging
from typing import Any, Dict, List, Tuple

import gradio as gr
import torch
import torchvision.transforms as T
from PIL import Image as PILImage
from torchvision.transforms.functional import InterpolationMode
from transformers import AutoModel, AutoTokenizer

from configs import load_config
from configs.prompts import system_messages

logging.basicConfig(level=logging.INFO)
logger = logging.getLogger("VisionTextAI")

config = load_config()
model_path: str = config["model_path"]
device: str = config["device"]
input_size: int = config.get("input_size", 448)
imagenet_mean = tuple(config.get("imagenet_mean", [0.485, 0.456, 0.406]))
imagenet_std = tuple(config.get("imagenet_std", [0.229, 0.224, 0.225]))

logger.info(f"Using model: {model_path} on {device}")


def build_transform(size: int) -> T.Compose:
    return T.Compose([
        T.Lambda(lambda img: img.convert("RGB") if img.mode != "RGB" else img),
        T.Resize((size, size), interpolation=InterpolationMode.BICUBIC),
        T.ToTensor(),
        T.Normalize(mean=imagenet_mean, std=imagenet_std),
    ])


def preprocess_single_image(pil_img: PILImage.Image, size: int = 448) -> torch.Tensor:
    return build_transform(size)(pil_img.resize((size, size))).unsqueeze(0)


dtype = torch.bfloat16 if torch.cuda.is_available() else torch.float32
model = (
    AutoModel.from_pretrained(
        model_path,
        torch_dtype=dtype,
        low_cpu_mem_usage=True,
        use_flash_attn=torch.cuda.is_available(),
        trust_remote_code=True,
    )
    .eval()
    .to(device)
)
tokenizer = AutoTokenizer.from_pretrained(model_path, trust_remote_code=True, use_fast=False)


def pairs_to_messages(history_pairs: List[Tuple[str, str]]) -> List[Dict[str, str]]:
    messages = []
    for user_msg, assistant_msg in history_pairs:
        messages.append({"role": "user", "content": user_msg})
        messages.append({"role": "assistant", "content": assistant_msg})
    return messages


def chat_interface(query, image, history_pairs, mode):
    generation_config = {"max_new_tokens": 1024, "do_sample": True}
    system_prompt = system_messages.get(mode, system_messages["Default"])
    pixel_values = None
    if image is not None:
        if not isinstance(image, PILImage.Image):
            image = PILImage.fromarray(image)
        pixel_values = preprocess_single_image(image, 448).to(dtype).to(device)
        if "<image>" not in query:
            query = "<image>\n" + query
    response, updated_history = model.chat(
        tokenizer, pixel_values, query, generation_config,
        history=history_pairs, return_history=True, system=system_prompt,
    )
    return pairs_to_messages(updated_history), updated_history


with gr.Blocks() as demo:
    gr.Markdown("# InternVL3 Chat Interface")
    chatbot = gr.Chatbot(label="Conversation", type="messages")
    state = gr.State([])
    with gr.Row():
        txt = gr.Textbox(placeholder="Enter your message here", label="Message")
        img_input = gr.Image(label="Optional Image Input", type="pil")
        prompt_selector = gr.Dropdown(choices=list(system_messages.keys()), value="default", label="Prompt Type")
    send_btn = gr.Button("Send")
    send_btn.click(fn=chat_interface, inputs=[txt, img_input, state, prompt_selector], outputs=[chatbot, state])
