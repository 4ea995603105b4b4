"""
API 配置文件
在此处设置大模型 API 密钥
"""

# ===== 大模型 API 配置 =====

# DeepSeek API
DEEPSEEK_API_KEY = "YOUR_DEEPSEEK_API_KEY"  # 填写你的 DeepSeek API Key
DEEPSEEK_BASE_URL = "https://api.deepseek.com"

# Qwen (通义千问) API
DASHSCOPE_API_KEY = "YOUR_DASHSCOPE_API_KEY"
DASHSCOPE_BASE_URL = "https://dashscope.aliyuncs.com/compatible-mode/v1"  # 填写你的阿里云 DashScope API Key

# OpenAI API
OPENAI_API_KEY = ""  # 填写你的 OpenAI API Key
OPENAI_BASE_URL = "https://api.openai.com/v1"

# ===== 使用说明 =====
# 1. 将上述对应的 API Key 填入引号中
# 2. 保存文件
# 3. 重启服务即可生效
# 
# 示例：
# DEEPSEEK_API_KEY = "sk-xxxxxxxxxxxxxxxx"
