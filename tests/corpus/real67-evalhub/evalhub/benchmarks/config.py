DATASET_HUB = {
    "humaneval": "evalplus/humanevalplus",
    "mbpp": "evalplus/mbppplus",
    "gsm8k": "openai/gsm8k",
    # alternative: "hendrycks/math",
    "hendrycks_math": "DigitalLearningGmbH/MATH-lighteval",
    "livecodebench": "livecodebench/code_generation_lite",
    "math500": "HuggingFaceH4/MATH-500",
    "aime2024": "HuggingFaceH4/aime_2024",
    "bigcodebench": "bigcode/bigcodebench",
    "gpqa": "Idavidrein/gpqa",
    "aime2025": "opencompass/AIME2025",
    "mmlu_redux": "edinburgh-dawg/labelchaos",
}
