import torch
from PIL import Image
from transformers import LlavaNextForConditionalGeneration, LlavaNextProcessor

LABELS = "[Lobby,Room,Pool,Restaurant,Spa,Bar,Exterior,Parking,Other]"


def run(model_id):
    dev = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
    model = LlavaNextForConditionalGeneration.from_pretrained(model_id, torch_dtype=torch.float16, device_map=dev)
    processor = LlavaNextProcessor.from_pretrained('llava-hf/llava-v1.6-mistral-7b-hf')

    conversation = [
        {
            "role": "user",
            "content": [
                {"type": "text", "text": f"Fill in the blank: this is a photo of a {{}}; pick one of {LABELS}"},
                {"type": "image"},
            ],
        },
    ]
    prompt = processor.apply_chat_template(conversation, add_generation_prompt=True)
    img = Image.open("food.jpg")
    inputs = processor(text=prompt, images=img, return_tensors="pt").to(dev)
    out = model.generate(**inputs, max_new_tokens=100)
    print(processor.decode(out[0], skip_special_tokens=True))


if __name__ == "__main__":
    print("base model")
    model_id = 'llava-hf/llava-v1.6-mistral-7b-hf'
    run(model_id)
    print("fine-tuned model")
    model_id = 'sft-llava-1.6-7b-hf-customer/checkpoint-20'
    run(model_id)
