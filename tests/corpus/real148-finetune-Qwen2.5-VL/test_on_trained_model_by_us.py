from transformers import Qwen2_5_VLForConditionalGeneration, AutoProcessor
from qwen_vl_utils import process_vision_info
from pprint import pprint

model_dir = "train_output/20250208213817/"
# load our fine-tuned weights on whatever devices are available
model = Qwen2_5_VLForConditionalGeneration.from_pretrained(
    model_dir, torch_dtype="bfloat16", device_map="auto"
)

processor = AutoProcessor.from_pretrained(model_dir, min_pixels=128*28*28, max_pixels=256*28*28, padding_side="left")

# visual token budget can be tuned with min_pixels / max_pixels, e.g.
# processor = AutoProcessor.from_pretrained("Qwen/Qwen2-VL-2B-Instruct", min_pixels=min_pixels, max_pixels=max_pixels)

messages1 = [
    {
        "role": "user",
        "content": [
            {"type": "image", "image": "test_data/4.png"},
            {"type": "text", "text": "Describe this picture"},
        ],
    }
]

messages2 = [
    {
        "role": "user",
        "content": [
            {"type": "video", "video": "test_data/1.mp4", "max_pixels": 360 * 420, "fps": 1.0},
            {"type": "text", "text": "Describe this video"},
        ],
    }
]

messages = [messages1, messages2]
texts = [
    processor.apply_chat_template(msg, tokenize=False, add_generation_prompt=True)
    for msg in messages
]

image_inputs, video_inputs = process_vision_info(messages)
inputs = processor(text=texts, images=image_inputs, videos=video_inputs, padding=True, return_tensors="pt")
inputs = inputs.to("cuda")

generated_ids = model.generate(**inputs, max_new_tokens=128)
trimmed = [out_ids[len(in_ids):] for in_ids, out_ids in zip(inputs.input_ids, generated_ids)]
pprint(processor.batch_decode(trimmed, skip_special_tokens=True, clean_up_tokenization_spaces=False))
