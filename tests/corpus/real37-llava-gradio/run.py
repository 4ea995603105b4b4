import torch
import gradio as gr
from transformers import AutoProcessor, LlavaOnevisionForConditionalGeneration


def generate_response(model, processor, image, question):
    conversation = [
        {
            "role": "user",
            "content": [
                {"type": "image"},
                {"type": "text", "text": question},
            ],
        },
    ]
    prompt = processor.apply_chat_template(conversation, add_generation_prompt=True)
    inputs = processor(text=prompt, images=[image], return_tensors="pt").to("cuda")
    generated_ids = model.generate(
        **inputs,
        max_new_tokens=100,
        do_sample=True,
        temperature=0.7,
        top_p=0.9,
        repetition_penalty=1.3,
        eos_token_id=processor.tokenizer.eos_token_id,
        pad_token_id=processor.tokenizer.pad_token_id,
    )
    text = processor.batch_decode(generated_ids, skip_special_tokens=True)[0]
    return text.split("assistant", 1)[-1].strip()


def main(capture, prompt):
    model_id = "llava-hf/llava-onevision-qwen2-0.5b-ov-hf"
    model = LlavaOnevisionForConditionalGeneration.from_pretrained(
        model_id,
        torch_dtype=torch.float16,
        low_cpu_mem_usage=True,
    ).to("cuda")
    processor = AutoProcessor.from_pretrained(model_id)
    return generate_response(model, processor, capture, prompt)


with gr.Blocks() as demo:
    gr.Markdown("<h1 style='text-align: center;'>Image Analysis using LlaVa-OneVision</h1>")
    with gr.Row():
        with gr.Column(scale=2):
            capture = gr.Image(label="Capture a Scene", sources=["webcam"], type="numpy")
        with gr.Column(scale=1):
            prompt = gr.Text(label="Prompt")
            go = gr.Button(value="Submit Prompt")
            answer = gr.Text(label="Answer")
    go.click(main, [capture, prompt], answer)


if __name__ == "__main__":
    demo.launch()
