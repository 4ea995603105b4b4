from transformers import AutoProcessor, AutoModel
from datasets import load_dataset

processor = AutoProcessor.from_pretrained("microsoft/layoutlmv3-base", apply_ocr=False)
model = AutoModel.from_pretrained("microsoft/layoutlmv3-base")

dataset = load_dataset("nielsr/funsd-layoutlmv3", split="train")
example = dataset[0]
image = example["image"]
words = example["tokens"]
boxes = example["bboxes"]

encoding = processor(image, words, boxes=boxes, return_tensors="pt")
print(encoding['input_ids'].shape)
print(encoding['attention_mask'].shape)
print(encoding['pixel_values'].shape)

outputs = model(**encoding)
print(outputs)
last_hidden_states = outputs.last_hidden_state