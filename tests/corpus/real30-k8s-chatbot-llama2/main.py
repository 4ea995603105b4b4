import os
import logging

import gradio as gr
from transformers import AutoModelForCausalLM, AutoTokenizer


def load_config():
    config = {
        "n_threads": int(os.getenv("n_threads", 2)),
        "n_batch": int(os.getenv("n_batch", 512)),
        "n_gpu_layers": int(os.getenv("n_gpu_layers", 40)),
        "n_ctx": int(os.getenv("n_ctx", 4096)),
        "title": os.getenv("title", "🦜🔗 Chatbot LLama2 on Kubernetes with GPU"),
        "description": os.getenv("description", "Chatbot using LLama2 GPTQ model running on top of Kubernetes"),
        "port": int(os.getenv("port", 8080)),
        "model_name_or_path": os.getenv("model_name_or_path", "TheBloke/Llama-2-13B-chat-GPTQ"),
        "model_storage_path": os.getenv("model_storage_path", "/mnt/models"),
    }
    logging.info(f"Loaded configuration: {config}")
    return config


def load_model(model_name_or_path):
    model = AutoModelForCausalLM.from_pretrained(model_name_or_path,
                                                 device_map="auto",
                                                 trust_remote_code=False,
                                                 revision="main")
    tokenizer = AutoTokenizer.from_pretrained(model_name_or_path, use_fast=True)
    return model, tokenizer


def generate_response(prompt):
    input_ids = tokenizer(prompt, return_tensors='pt').input_ids.cuda()
    output = model.generate(inputs=input_ids, temperature=0.7, do_sample=True, top_p=0.95, max_new_tokens=512)
    return tokenizer.decode(output[0])


def run(port):
    interface = gr.Interface(fn=generate_response, inputs=gr.Textbox(), outputs=gr.Textbox(),
                             title=title, description=description, theme=gr.themes.Soft())
    interface.launch(server_name="0.0.0.0", server_port=port, share=False)


if __name__ == "__main__":
    config = load_config()
    model_name_or_path = config.get("model_name_or_path", "TheBloke/Llama-2-13B-chat-GPTQ")
    port = config.get("port", 8080)
    title = config.get("title", "🦜🔗 Chatbot LLama2 on Kubernetes on GPU")
    description = config.get("description", "Chatbot using LLama2 GPQT model running on top of Kubernetes")
    model, tokenizer = load_model(model_name_or_path)
    run(port)
