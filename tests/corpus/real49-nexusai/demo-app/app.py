import os
from threading import Thread

import cv2
import gradio as gr
import httpcore
import torch
from PIL import Image
from ultralytics import YOLO

setattr(httpcore, 'SyncHTTPTransport', 'AsyncHTTPProxy')
from googletrans import Translator
from transformers import AutoModelForCausalLM, AutoTokenizer
from unsloth import FastLanguageModel

yolo = YOLO('yolov8n.pt')

model_id = "vikhyatk/moondream2"
revision = "308043be540ca5c09d369bc96dd96991131f9135"
model = AutoModelForCausalLM.from_pretrained(model_id, trust_remote_code=True, revision=revision)
tokenizer = AutoTokenizer.from_pretrained(model_id, revision=revision)
dtype = None
load_in_4bit = True
llm, llm_tokenizer = FastLanguageModel.from_pretrained(
    model_name = "NexusAI-tddi/Qwen2-72B-Instruct-OpenOrca-tr",
    max_seq_length = 8192,
    dtype = dtype,
    load_in_4bit = load_in_4bit,
)

tmp_cache = {}

PLACEHOLDER = """
<div style="padding: 30px; text-align: center;">
   <img src="https://cdn-uploads.huggingface.co/production/uploads/6468ce47e134d050a58aa89c/Gm9ALxLKmM1mJXRHfwTEg.png" style="width: 40%; opacity: 0.55;">
   <h1 style="font-size: 24px;">🚀👁️ Görme Yeteneğine Sahip Türkçe bir Chatbot!</h1>
</div>
"""


def gr_history_to_openai_history(history):
    return [{"role": role, "content": content}
            for entry in history if entry[1] is not None
            for role, content in zip(["user", "assistant"], entry)]


def vision_prompt(image, question, language):
    global model
    if image in tmp_cache:
        return tmp_cache[image], cv2.imread(image)
    model = model.to("cuda")
    translator = Translator()
    results = yolo(image)
    img = cv2.cvtColor(cv2.imread(image), cv2.COLOR_BGR2RGB)
    enc_image = model.encode_image(Image.fromarray(img)).to("cuda")
    description = translator.translate(model.answer_question(enc_image, "Describe this image in detailed language.", tokenizer), dest=language).text
    answer = translator.translate(model.answer_question(enc_image, question, tokenizer), dest=language).text
    prompt = [f"Bütün görselin açıklaması: {description}"]
    for box in results[0].boxes[:4]:
        class_id = results[0].names[box.cls[0].item()]
        prompt.append(f"{translator.translate(class_id, dest=language).text}: {round(box.conf[0].item(), 2)}")
    prompt.append(f"Bu soru için başka bir görebilen model tarafından oluşturulan cevap: {answer}")
    tmp_cache[image] = prompt
    return prompt, cv2.cvtColor(img, cv2.COLOR_RGB2BGR)


def bot_streaming(message, history):
    image = message["files"][-1]["path"] if message["files"] else None
    context = "\n\n".join(vision_prompt(image, message["text"], "tr")[0])
    system = f"You answer questions about the image as if you could see it. Context:\n{context}"
    messages = [{"role": "system", "content": system}] + gr_history_to_openai_history(history) + [{"role": "user", "content": message["text"]}]
    text = llm_tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    model_inputs = llm_tokenizer([text], return_tensors="pt").to(model.device)
    generated = llm.generate(model_inputs.input_ids, max_new_tokens=8192)
    outputs = ""
    for ids_in, ids_out in zip(model_inputs.input_ids, generated):
        outputs += llm_tokenizer.decode(ids_out[len(ids_in):], skip_special_tokens=True)
        yield outputs


chat_input = gr.MultimodalTextbox(interactive=True, file_types=["image"], placeholder="Mesajınızı yazın veya resminizi yükleyiniz...", show_label=False)
with gr.Blocks(fill_height=True) as demo:
    gr.ChatInterface(fn=bot_streaming, title="🚀👁️ Görme Yeteneğine Sahip Türkçe bir Chatbot!", multimodal=True,
                     textbox=chat_input, chatbot=gr.Chatbot(placeholder=PLACEHOLDER, scale=1))

demo.queue(api_open=False)
demo.launch(show_api=False, share=False)
