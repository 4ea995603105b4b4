import json

import torch
from peft import PeftModel
from tqdm import tqdm
from transformers import AutoModelForCausalLM, AutoTokenizer

base_model_path = "models/Qwen2.5-3B-Instruct"
lora_model_path = "MedQA/output/Qwen2.5-3B-3th"

model = AutoModelForCausalLM.from_pretrained(
    base_model_path,
    torch_dtype=torch.float16,
    device_map="auto",
    load_in_8bit=True
)
tokenizer = AutoTokenizer.from_pretrained(base_model_path)
model = PeftModel.from_pretrained(model, lora_model_path)


def generate_response(instruction, input_text):
    prompt = f"""<|im_start|>system
{instruction}<|im_end|>
<|im_start|>user
{input_text}<|im_end|>
<|im_start|>assistant
"""
    inputs = tokenizer(prompt, return_tensors="pt").to(model.device)
    with torch.no_grad():
        outputs = model.generate(**inputs, max_new_tokens=512, do_sample=True, temperature=0.7, top_p=0.9)
    return tokenizer.decode(outputs[0][len(inputs.input_ids[0]):], skip_special_tokens=True)


if __name__ == "__main__":
    instruction = """
    You are a medical expert. Give an analysis of the question and the correct option:

    Analysis: ...
    Correct option: ...
    """
    count = 0
    with open("MedQA/dataset/medmcqa_train_test.json", 'r', encoding='utf-8') as infile, \
            open("MedQA/result/result_ftd_qwen.json", 'w', encoding='utf-8') as outfile:
        for line in tqdm(infile, total=100):
            if count >= 100:
                break
            data = json.loads(line)
            response = generate_response(instruction, data["input"])
            end = response.find('Correct option: ')
            record = {"Analysis": response[:end].strip(), "Correct option": response[end + 16:end + 17]}
            json.dump(record, outfile, ensure_ascii=False)
            outfile.write('\n')
            count += 1
