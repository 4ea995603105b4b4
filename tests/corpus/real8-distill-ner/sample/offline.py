from transformers import AutoModelForCausalLM, AutoTokenizer

model_name = "./model"  # 本地路径或 huggingface 模型名

tokenizer = AutoTokenizer.from_pretrained(model_name)
model = AutoModelForCausalLM.from_pretrained(model_name, torch_dtype="auto", device_map="auto")

prompt = '''Extract entities and their types from the document. Output a JSON object whose keys are entity names and whose values are the corresponding entity types.
document: SpaceX was founded by Elon Musk in 2002.'''
text = tokenizer.apply_chat_template(
    [{"role": "user", "content": prompt}],
    tokenize=False,
    add_generation_prompt=True,
    enable_thinking=True,  # False 时跳过思考过程
)
inputs = tokenizer([text], return_tensors="pt").to(model.device)
generated = model.generate(**inputs, max_new_tokens=32768)
output_ids = generated[0][len(inputs.input_ids[0]):].tolist()

# 151668 = </think>
try:
    index = len(output_ids) - output_ids[::-1].index(151668)
except ValueError:
    index = 0
print("thinking content:", tokenizer.decode(output_ids[:index], skip_special_tokens=True).strip("\n"))
print("content:", tokenizer.decode(output_ids[index:], skip_special_tokens=True).strip("\n"))
