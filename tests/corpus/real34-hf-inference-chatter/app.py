import os

import gradio as gr

from hf_client import HFChatClient
from logging_utils import setup_logging
from provider_validator import is_valid_provider, suggest_providers

"""
Simple chatbot around `huggingface_hub.InferenceClient`.

References:
- Hugging Face Hub Inference:  https://huggingface.co/docs/huggingface_hub/v0.22.2/en/guides/inference
- Gradio ChatInterface docs: https://www.gradio.app/docs/gradio/chatinterface
"""

os.environ["HF_HUB_DISABLE_IMPLICIT_TOKEN"] = "1"


def build_ui() -> gr.Blocks:
    setup_logging()
    chat_client = HFChatClient()

    def gradio_chat_fn(message, history, backend, model_id, provider, endpoint_url,
                       system_message, max_tokens, temperature, top_p, stream, api_token):
        backend_literal = "model" if backend == "Hugging Face Model ID" else (
            "provider" if backend == "HF Provider Route" else "endpoint")
        yield from chat_client.chat(message=message, history=history, system_message=system_message,
                                    max_tokens=max_tokens, temperature=temperature, top_p=top_p,
                                    stream=stream, backend=backend_literal, model_id=model_id or None,
                                    provider=provider or None, endpoint_url=endpoint_url or None,
                                    api_token=api_token or None)

    with gr.Blocks(theme=gr.themes.Soft(), fill_height=True) as demo:
        gr.Markdown("<h1>🤖 HF Inference ChatBox</h1>")
        with gr.Row():
            backend_choice = gr.Dropdown(
                choices=["Hugging Face Model ID", "HF Provider Route", "Inference Endpoint URL"],
                value="HF Provider Route",
                label="Backend",
            )
            model_tb = gr.Textbox(value="openai/gpt-oss-120b", label="Model ID")
            provider_dd = gr.Dropdown(
                choices=["fireworks-ai", "together-ai", "openrouter-ai", "hf-inference"],
                value="fireworks-ai",
                label="Provider",
                allow_custom_value=True,
            )

        def on_provider_change(provider_value: str):
            if provider_value and not is_valid_provider(provider_value):
                sug = suggest_providers(provider_value)
                gr.Warning(f"Provider not on HF provider list. See https://huggingface.co/docs/inference-providers/index. {sug}")

        provider_dd.change(on_provider_change, inputs=provider_dd, outputs=None)
        chatbot = gr.Chatbot(placeholder="Ask anything...", type="messages")

        with gr.Accordion("⚙️ Model Settings", open=False):
            endpoint_tb = gr.Textbox(value="", label="Inference Endpoint URL")
            api_token_tb = gr.Textbox(value="", label="HF API Token (optional)", type="password")
            system_message_tb = gr.Textbox(value="You are a helpful assistant.", label="System message")
            max_token_sl = gr.Slider(minimum=512, maximum=16384, value=4096, step=128, label="Max new tokens")
            temperature_sl = gr.Slider(minimum=0.1, maximum=2.0, value=0.5, step=0.1, label="Temperature")
            top_p_sl = gr.Slider(minimum=0.1, maximum=1.0, value=0.2, step=0.05, label="Top-p")
            stream_sl = gr.Checkbox(value=True, label="Stream")

        inputs = [backend_choice, model_tb, provider_dd, endpoint_tb, system_message_tb,
                  max_token_sl, temperature_sl, top_p_sl, stream_sl, api_token_tb]
        ci = gr.ChatInterface(fn=gradio_chat_fn, type="messages", chatbot=chatbot,
                              additional_inputs=inputs, title="HF Inference ChatBox", save_history=True)

        with gr.Accordion("📚 Examples", open=False):
            gr.Examples(
                # Each example is [message, backend, model_id, provider, endpoint_url, system_message, max_tokens, temperature, top_p, stream, api_token]
                examples=[
                    ["Summarise Critical realism explanatory and explanatory ethos.", "HF Provider Route", "openai/gpt-oss-120b", "fireworks-ai", "", "You are a helpful assistant.", 4096, 0.5, 0.2, True, ""],
                    ["Give me a Python snippet to parse JSON.", "Hugging Face Model ID", "openai/gpt-oss-120b", "fireworks-ai", "", "You are a helpful assistant.", 4096, 0.5, 0.2, True, ""],
                ],
                inputs=[ci.textbox] + inputs,
                outputs=chatbot,
                label="Example Conversations",
            )
    return demo


if __name__ == "__main__":
    build_ui().launch(ssr_mode=True, node_port=7890)
