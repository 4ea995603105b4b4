
MODEL_NAME_DICT = {
    "meta-llama/Llama-2-7b-hf": "llama_2_7b", 
    "meta-llama/Llama-2-13b-hf": "llama_2_13b", 
    "meta-llama/Llama-3.1-8B": "llama_3p1_8b", 
    "meta-llama/Llama-3.2-3B": "llama_3p2_3b", 
    "mistralai/Mistral-7B-v0.3": "mistral_7b", 
}

MODEL_NAME_LIST = MODEL_NAME_DICT.keys()