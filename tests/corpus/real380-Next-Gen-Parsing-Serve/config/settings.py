# config/settings.py
MAX_IMAGE_SIZE = 1024
SUPPORTED_TYPES = ["image/jpeg", "image/png", "application/pdf"]
TIMEOUT = 30

# 可在这里配置默认模型
VL_MODEL = "qwen-vl-max"