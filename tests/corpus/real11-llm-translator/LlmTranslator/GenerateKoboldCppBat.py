# Writes one KoboldCpp_<repo>.bat launcher per GGML repository below.
models = [
    (
        "airoboros-7B-gpt4-1.4-GGML",
        "airoboros-7b-gpt4-1.4.ggmlv3.q4_K_M.bin",
    ),
    (
        "airoboros-33B-gpt4-1-4-SuperHOT-8K-GGML",
        "airoboros-33b-gpt4-1.4-superhot-8k.ggmlv3.q4_K_M.bin",
    ),
    (
        "Guanaco-33B-SuperHOT-8K-GGML",
        "guanaco-33b-superhot-8k.ggmlv3.q4_K_M.bin",
    ),
    (
        "Nous-Hermes-13B-GGML",
        "nous-hermes-13b.ggmlv3.q4_K_M.bin",
    ),
    (
        "WizardLM-33B-V1.0-Uncensored-GGML",
        "wizardlm-33b-v1.0-uncensored.ggmlv3.q4_K_M.bin",
    ),
    (
        "WizardLM-Uncensored-SuperCOT-StoryTelling-30B-SuperHOT-8K-GGML",
        "WizardLM-Uncensored-SuperCOT-StoryTelling-30b-superhot-8k.ggmlv3.q4_0.bin",
    ),
    (
        "Wizard-Vicuna-7B-Uncensored-SuperHOT-8K-GGML",
        "wizard-vicuna-7b-uncensored-superhot-8k.ggmlv3.q4_K_M.bin",
    ),
    (
        "Wizard-Vicuna-13B-Uncensored-GGML",
        "Wizard-Vicuna-13B-Uncensored.ggmlv3.q4_K_M.bin",
    ),
]

for repo_name, weights in models:
    extra = " --linearrope" if "SuperHOT" in repo_name else ""
    script = f"""@echo off
pushd %~dp0KoboldCpp\\
echo https://huggingface.co/TheBloke/{repo_name}/
if not exist .\\{weights} (
\tcurl -LO https://huggingface.co/TheBloke/{repo_name}/resolve/main/{weights}
)
popd

call %~dp0LlmTranslator\\KoboldCpp-Run.bat{extra} {weights}
"""
    bat_name = f"KoboldCpp_{repo_name}.bat"
    with open(f"..\\{bat_name}", "w") as handle:
        handle.write(script)
    print(f"copy /Y .\\{bat_name} %DST%\\")
print()
