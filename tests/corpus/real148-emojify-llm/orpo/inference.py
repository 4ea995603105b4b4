import torch
from peft.peft_model import PeftModel
from transformers import AutoModelForCausalLM, AutoTokenizer, pipeline

device = torch.device("mps") if torch.backends.mps.is_available() else torch.device("cpu")

base_model = AutoModelForCausalLM.from_pretrained("Qwen/Qwen2-0.5B-Instruct")
tokenizer = AutoTokenizer.from_pretrained("Qwen/Qwen2-0.5B-Instruct")

base_model.eval()

peft_model = PeftModel.from_pretrained(base_model, "Qwen2-0.5B-PEFT-ORPO/checkpoint-375")
peft_model = peft_model.merge_and_unload()
peft_model = peft_model.to(device)
peft_model.eval()


text_generator = pipeline("text-generation", model=peft_model, tokenizer=tokenizer, device=device)

prompt = "Explain relativity like I am five."

print(
    text_generator(prompt, max_length=512, truncation=True)[0]["generated_text"],
)
