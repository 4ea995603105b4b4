{
  "ai-models":{
    "openai_models": [
        {
        "model_id": "GPT35TRB",
        "model_name": "gpt-3.5-turbo",
        "model_url": "https://api.openai.com/v1/chat/completions"
        },
        {
        "model_id": "GPT35T16K",
        "model_name": "gpt-3.5-turbo-16k",
        "model_url": "https://api.openai.com/v1/chat/completions"
        },
        {
        "model_id": "GPT4BASE",
        "model_name": "gpt-4",
        "model_url": "https://api.openai.com/v1/chat/completions"
        },
        {
        "model_id": "GPT432KM",
        "model_name": "gpt-4-32k",
        "model_url": "https://api.openai.com/v1/chat/completions"
        },
        {
        "model_id": "GPT4TRBP",
        "model_name": "gpt-4-turbo-preview",
        "model_url": "https://api.openai.com/v1/chat/completions"
        }
    ],
    "google_models": [
        {
        "model_id": "GEMNIPRO",
        "model_name": "gemini-pro",
        "model_url": "https://generativelanguage.googleapis.com/v1/models/gemini-pro"
        },
        {
        "model_id": "GEMNIPROV",
        "model_name": "gemini-pro-vision",
        "model_url": "https://generativelanguage.googleapis.com/v1/models/gemini-pro-vision"
        }
    ],
    "qwen_models": [
        {
        "model_id": "QWEN15S5",
        "model_name": "Qwen/Qwen1.5-0.5B",
        "model_url": "https://huggingface.co/Qwen/Qwen1.5-0.5B"
        },
        {
        "model_id": "QWEN15S8",
        "model_name": "Qwen/Qwen1.5-1.8B",
        "model_url": "https://huggingface.co/Qwen/Qwen1.5-1.8B"
        },
        {
        "model_id": "QWEN15S4",
        "model_name": "Qwen/Qwen1.5-4B",
        "model_url": "https://huggingface.co/Qwen/Qwen1.5-4B"
        },
        {
        "model_id": "QWEN15S7",
        "model_name": "Qwen/Qwen1.5-7B",
        "model_url": "https://huggingface.co/Qwen/Qwen1.5-7B"
        },
        {
        "model_id": "QWEN1514",
        "model_name": "Qwen/Qwen1.5-14B",
        "model_url": "https://huggingface.co/Qwen/Qwen1.5-14B"
        },
        {
        "model_id": "QWEN1572",
        "model_name": "Qwen/Qwen1.5-72B",
        "model_url": "https://huggingface.co/Qwen/Qwen1.5-72B"
        },
        {
        "model_id": "QWEN2S18",
        "model_name": "Qwen/Qwen2-1.8B",
        "model_url": "https://huggingface.co/Qwen/Qwen2-1.8B"
        },
        {
        "model_id": "QWEN2S4B",
        "model_name": "Qwen/Qwen2-4B",
        "model_url": "https://huggingface.co/Qwen/Qwen2-4B"
        },
        {
        "model_id": "QWEN2S7B",
        "model_name": "Qwen/Qwen2-7B",
        "model_url": "https://huggingface.co/Qwen/Qwen2-7B"
        },
        {
        "model_id": "QWEN2S72",
        "model_name": "Qwen/Qwen2-72B",
        "model_url": "https://huggingface.co/Qwen/Qwen2-72B"
        },
        {
        "model_id": "QWN25I7B",
        "model_name": "Qwen/Qwen2.5-7B-Instruct",
        "model_url": "https://huggingface.co/Qwen/Qwen2.5-7B-Instruct"
        },
        {
        "model_id": "QWN25I72",
        "model_name": "Qwen/Qwen2.5-72B-Instruct",
        "model_url": "https://huggingface.co/Qwen/Qwen2.5-72B-Instruct"
        }
    ],
