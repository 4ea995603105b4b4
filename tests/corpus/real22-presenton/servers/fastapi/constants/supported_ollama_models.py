from models.ollama_model_metadata import OllamaModelMetadata


SUPPORTED_OLLAMA_MODELS = {
    "llama3:8b": OllamaModelMetadata(
        label="Llama 3:8b",
        value="llama3:8b",
        description="❌ Graphs not supported.",
        size="4.7GB",
        supports_graph=False,
        icon="/static/icons/meta.png",
    ),
    "llama3.1:8b": OllamaModelMetadata(
        label="Llama 3.1:8b",
        value="llama3.1:8b",
        description="❌ Graphs not supported.",
        size="4.9GB",
        supports_graph=False,
        icon="/static/icons/meta.png",
    ),
    "llama3.1:70b": OllamaModelMetadata(
        label="Llama 3.1:70b",
        value="llama3.1:70b",
        description="✅ Graphs supported.",
        size="43GB",
        supports_graph=True,
        icon="/static/icons/meta.png",
    ),
    "llama3.2:3b": OllamaModelMetadata(
        label="Llama 3.2:3b",
        value="llama3.2:3b",
        description="❌ Graphs not supported.",
        size="2GB",
        supports_graph=False,
        icon="/static/icons/meta.png",
    ),
}

SUPPORTED_GEMMA_MODELS = {
    "gemma3:4b": OllamaModelMetadata(
        label="Gemma 3:4b",
        value="gemma3:4b",
        description="❌ Graphs not supported.",
        size="3.3GB",
        supports_graph=False,
        icon="/static/icons/gemma.png",
    ),
    "gemma3:27b": OllamaModelMetadata(
        label="Gemma 3:27b",
        value="gemma3:27b",
        description="✅ Graphs supported.",
        size="17GB",
        supports_graph=True,
        icon="/static/icons/gemma.png",
    ),
}

SUPPORTED_DEEPSEEK_MODELS = {
    "deepseek-r1:7b": OllamaModelMetadata(
        label="DeepSeek R1:7b",
        value="deepseek-r1:7b",
        description="❌ Graphs not supported.",
        size="4.7GB",
        supports_graph=False,
        icon="/static/icons/deepseek.png",
    ),
    "deepseek-r1:32b": OllamaModelMetadata(
        label="DeepSeek R1:32b",
        value="deepseek-r1:32b",
        description="✅ Graphs supported.",
        size="20GB",
        supports_graph=True,
        icon="/static/icons/deepseek.png",
    ),
}

SUPPORTED_QWEN_MODELS = {
    "qwen3:0.6b": OllamaModelMetadata(
        label="Qwen 3:0.6b",
        value="qwen3:0.6b",
        description="❌ Graphs not supported.",
        size="523MB",
        supports_graph=False,
        icon="/static/icons/qwen.png",
    ),
    "qwen3:8b": OllamaModelMetadata(
        label="Qwen 3:8b",
        value="qwen3:8b",
        description="❌ Graphs not supported.",
        size="5.2GB",
        supports_graph=False,
        icon="/static/icons/qwen.png",
    ),
}

SUPPORTED_OLLAMA_MODELS = {
    **SUPPORTED_OLLAMA_MODELS,
    **SUPPORTED_GEMMA_MODELS,
    **SUPPORTED_DEEPSEEK_MODELS,
    **SUPPORTED_QWEN_MODELS,
}
