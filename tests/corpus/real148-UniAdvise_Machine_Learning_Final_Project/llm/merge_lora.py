from transformers import AutoModelForCausalLM
from peft import PeftModel

# base weights
base_model = AutoModelForCausalLM.from_pretrained("Qwen/Qwen2.5-7B-Instruct", trust_remote_code=True)

# LoRA adapter produced by our fine-tune
lora_model = PeftModel.from_pretrained(base_model, "./qwen2.5-7b-lora-ft")

# fold the adapter into the base weights
merged_model = lora_model.merge_and_unload()


merged_model.save_pretrained("./qwen2.5-7b-lora-ft_merge")
