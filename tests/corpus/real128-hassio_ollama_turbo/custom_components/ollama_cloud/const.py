DOMAIN = "ollama_cloud"
CONF_MODEL = "model"
CONF_HOST = "host"
DEFAULT_HOST = "https://ollama.com"
DEFAULT_MODEL = "gpt-oss:120b"
CONF_SYSTEM_PROMPT = "system_prompt"
DEFAULT_SYSTEM_PROMPT = (
    "You are a helpful assistant integrated with Home Assistant. "
    "Provide concise answers that help control and monitor the smart home."
)
TITLE = "Ollama Cloud"
SIGNAL_RUNTIME_DATA_UPDATED = "ollama_cloud_runtime_data_updated"
