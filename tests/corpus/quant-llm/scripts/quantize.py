"""Produce W4A16 / FP8 / GGUF variants of the support model."""
import argparse

from gptqmodel import GPTQModel, QuantizeConfig
from hqq.engine.hf import HQQModelForCausalLM
from llmcompressor import oneshot
from llmcompressor.modifiers.quantization import GPTQModifier
from transformers import AutoModelForCausalLM, AutoTokenizer

SOURCE = "acme/support-llama-3.1-8b"
CALIBRATION = "HuggingFaceH4/ultrachat_200k"


def w4a16(out="quantized/w4a16"):
    recipe = [GPTQModifier(targets="Linear", scheme="W4A16", ignore=["lm_head"])]
    oneshot(model=SOURCE, dataset=CALIBRATION, recipe=recipe, output_dir=out, max_seq_length=2048, num_calibration_samples=512)


def fp8(out="quantized/fp8-dynamic"):
    model = AutoModelForCausalLM.from_pretrained("meta-llama/Llama-3.1-8B-Instruct", torch_dtype="auto")
    oneshot(model=model, recipe="recipes/fp8_dynamic.yaml", output_dir=out)


def gptq_v2():
    calib = ["The capital of France is Paris."] * 256
    model = GPTQModel.load("Qwen/Qwen2.5-7B-Instruct", QuantizeConfig(bits=4, group_size=128))
    model.quantize(calib)
    model.save("quantized/qwen-gptq-4bit")


def hqq():
    return HQQModelForCausalLM.from_quantized("mobiuslabsgmbh/Llama-3.1-8b-instruct_4bitgs64_hqq_calib")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--variant", choices=["w4a16", "fp8", "gptq", "hqq"], default="w4a16")
    args = ap.parse_args()
    {"w4a16": w4a16, "fp8": fp8, "gptq": gptq_v2, "hqq": hqq}[args.variant]()
