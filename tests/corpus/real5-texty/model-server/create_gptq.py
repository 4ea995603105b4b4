from transformers import AutoModelForCausalLM, AutoTokenizer, GPTQConfig

model_id = "meta-llama/Meta-Llama-3-70B-Instruct"
tok = AutoTokenizer.from_pretrained(model_id)
cfg = GPTQConfig(bits=4, dataset="c4", tokenizer=tok)
qmodel = AutoModelForCausalLM.from_pretrained(model_id, device_map="auto", quantization_config=cfg)
qmodel.save_pretrained("./Meta-Llama-3-70B-Instruct-GPTQ-4b")
tok.save_pretrained("./Meta-Llama-3-70B-Instruct-GPTQ-4b")
