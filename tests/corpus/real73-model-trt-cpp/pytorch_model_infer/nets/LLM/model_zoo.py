llm_weight_zoo = {
    "chatglm3-6b": "./data/model_zoo/LLM/chatglm3-6b",
    "qwen1.5-4b-chat": "./data/model_zoo/LLM/qwen1.5-4b-chat",
    "qwen1.5-7b-chat": "./data/model_zoo/LLM/qwen1.5-7b-chat",
    "qwen1.5-14b-chat": "./data/model_zoo/LLM/qwen1.5-14b-chat",
}

llm_model_url_zoo = {
    "chatglm3-6b": "https://huggingface.co/THUDM/chatglm3-6b",
    "qwen1.5-4b-chat": "https://huggingface.co/Qwen/Qwen1.5-4B-Chat",
    "qwen1.5-7b-chat": "https://huggingface.co/Qwen/Qwen1.5-7B-Chat",
    "qwen1.5-14b-chat": "https://huggingface.co/Qwen/Qwen1.5-14B-Chat",
}