# run every VLM on the REG set, one subprocess per model so GPU memory is released
import subprocess

from scripts.manage_gpu import free_gpu_memory

MODELS = [
    'microsoft/kosmos-2-patch14-224',
    'Qwen/Qwen2-VL-2B-Instruct-GPTQ-Int8',
    'llava-hf/llava-onevision-qwen2-0.5b-si-hf',
    'Salesforce/xgen-mm-phi3-mini-instruct-singleimg-r-v1.5',
    'Salesforce/xgen-mm-phi3-mini-instruct-r-v1',
    #'cyan2k/molmo-7B-O-bnb-4bit',
]

gpu = "cuda:0"

for name in MODELS:
    print(f"evaluating {name}")
    subprocess.run(
        ["python", "scripts/evaluate.py", "--model_name", name, "--device", gpu],
        check=True,
    )
    free_gpu_memory()
    print(f"done: {name}")
