projects = [
    {
        "name": "t5",
        "owner": "google-research",
        "repo": "text-to-text-transfer-transformer",
        "huggingface": "google/t5-large"
    },
    {
        "name": "EleutherAI-gpt-neox",
        "owner": "EleutherAI",
        "repo": "gpt-neox",
        "huggingface": "EleutherAI/gpt-neox-20b"
    },
    {
        "name": "Qwen",
        "owner": "QwenLM",
        "repo": "Qwen",
        "huggingface": "Qwen/Qwen-7B"
    },
    {
        "name": "RWKV-LM",
        "owner": "BlinkDL",
        "repo": "RWKV-LM",
        "huggingface": "RWKV/rwkv-4-pile-7b"
    },
    {
        "name": "OpenAI-CLIP",
        "owner": "openai",
        "repo": "CLIP",
        "huggingface": "openai/clip-vit-base-patch32"
    },
    {
        "name": "openai-gpt-oss",
        "owner": "openai",
        "repo": "gpt-oss",
        "huggingface": "openai/gpt-oss-120b"
    },
    {
        "name": "Yalm",
        "owner": "yandex",
        "repo": "YaLM-100B",
        "huggingface": "yandex/YaLM-100B"
    },
    {
        "name": "Dbrx",
        "owner": "databricks",
        "repo": "dbrx",
        "huggingface": "databricks/dbrx-base"
    },
    {
        "name": "Yi",
        "owner": "01-ai",
        "repo": "Yi",
        "huggingface": "01-ai/Yi-6B"
    },
    {
        "name": "Deepseek-V3",
        "owner": "deepseek-ai",
        "repo": "DeepSeek-V3",
        "huggingface": "deepseek-ai/DeepSeek-V3"
    },
    {
        "name": "Deepseek-Janus",
        "owner": "deepseek-ai",
        "repo": "Janus",
        "huggingface": "deepseek-ai/deepseek-llm-7b"
    },
    {
        "name": "YuE",
        "owner": "multimodal-art-projection",
        "repo": "YuE",
        "huggingface": None  # unknown or unavailable
    },
    {
        "name": "ChronosForecasting",
        "owner": "amazon-science",
        "repo": "chronos-forecasting",
        "huggingface": "amazon/chronos-timeseries-forecasting"
    },
]



if __name__ == "__main__":
    for p in projects:
        print(f"{p['name']}: github.com/{p['owner']}/{p['repo']} -> {p['huggingface']}")
