import torch
from transformers import AutoModelForCausalLM, AutoTokenizer
from datasets import load_dataset
from tqdm import tqdm
import numpy as np
from rouge import Rouge


def load_model_and_tokenizer(model_name):
    tokenizer = AutoTokenizer.from_pretrained(model_name, trust_remote_code=True)
    model = AutoModelForCausalLM.from_pretrained(model_name, trust_remote_code=True)
    return model, tokenizer


def generate_response(model, tokenizer, prompt, max_length=100):
    inputs = tokenizer(prompt, return_tensors="pt")
    with torch.no_grad():
        outputs = model.generate(**inputs, max_length=max_length)
    return tokenizer.decode(outputs[0], skip_special_tokens=True)


def evaluate_model(model, tokenizer, dataset, num_samples=100):
    rouge = Rouge()
    exact, rouge_l = [], []
    for sample in tqdm(dataset.select(range(num_samples))):
        generated = generate_response(model, tokenizer, sample['instruction'])
        exact.append(int(generated.strip() == sample['output'].strip()))
        rouge_l.append(rouge.get_scores(generated, sample['output'])[0]['rouge-l']['f'])
    return {'accuracy': np.mean(exact), 'rouge_l_f': np.mean(rouge_l)}


def main():
    dataset = load_dataset("akbargherbal/six_millions_instruction_dataset_for_arabic_llm_ft", split="train")

    # the untouched base model
    base_model_name = "Alibaba-NLP/gte-Qwen1.5-7B-instruct"
    base_model, base_tokenizer = load_model_and_tokenizer(base_model_name)
    base_results = evaluate_model(base_model, base_tokenizer, dataset)

    # our LoRA fine-tune as pushed to the Hub
    finetuned_model_name = "Eman52/Qwen_Finetuned_Arabic_Instruction_Set"
    finetuned_model, finetuned_tokenizer = load_model_and_tokenizer(finetuned_model_name)
    finetuned_results = evaluate_model(finetuned_model, finetuned_tokenizer, dataset)

    print("base:", base_results)
    print("fine-tuned:", finetuned_results)
    print("delta:", {k: finetuned_results[k] - base_results[k] for k in base_results})


if __name__ == "__main__":
    main()
