"""
Models Supported:

VLM: ["LLaVA-NeXT", "HuggingFaceTB/SmolVLM-Instruct"]

"""

VQA_CONFIG = {
    "auto_label_mode": "VLM",
    "model": "google/paligemma2-3b-pt-224"
}