from transformers import AutoProcessor, ShieldGemma2ForImageClassification

model_id = "google/shieldgemma-2-4b-it"
model = ShieldGemma2ForImageClassification.from_pretrained(model_id, device_map="auto")
processor = AutoProcessor.from_pretrained(model_id)

messages = [
    {
        "role": "user",
        "content": [
            # {
            #     "type": "image",
            #     "image": "https://huggingface.co/datasets/huggingface/documentation-images/resolve/main/bee.jpg",
            # },
            {"type": "text", "text": "This image is of a bee."},
        ],
    }
]

inputs = processor(messages, return_tensors="pt").to(model.device)

output = model(**inputs)
print(output.probabilities)