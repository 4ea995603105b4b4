from gptqmodel import GPTQModel, QuantizeConfig

model_id = "meta-llama/Llama-3.2-1B"
quant_path = "Llama-3.2-1B-gptq-v53-4bit"

# calibration text: one sample per non-empty line
with open("4o_v53.txt", "r", encoding="utf-8") as fh:
    calibration = [ln.strip() for ln in fh if ln.strip()]

cfg = QuantizeConfig(bits=4, group_size=128)

model = GPTQModel.load(model_id, cfg)
model.quantize(calibration, batch_size=2)
model.save(quant_path)

# quick smoke test of the saved 4-bit model
model = GPTQModel.load(quant_path)
out = model.generate("Uncovering deep insights begins with")[0]
print(model.tokenizer.decode(out))
