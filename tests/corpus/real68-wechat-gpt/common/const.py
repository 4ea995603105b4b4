# bot_type
OPEN_AI = "openAI"
CHATGPT = "chatGPT"
BAIDU = "baidu"
XUNFEI = "xunfei"
CHATGPTONAZURE = "chatGPTOnAzure"
LINKAI = "linkai"
CLAUDEAI = "claude"
QWEN = "qwen"
GEMINI = "gemini"
OPEN_AI_ASSISTANT = 'OpenAIAssistant'
ARK = 'ark'

# GPT
GPT35 = "gpt-3.5-turbo"
GPT4 = "gpt-4"
GPT4_TURBO_PREVIEW = "gpt-4-turbo-preview"
GPT4_VISION_PREVIEW = "gpt-4-vision-preview"
GPT4_TURBO = 'gpt-4-turbo'
GPT4_OMNI = 'gpt-4o'
GPT4_OMNI_MINI = 'gpt-4o-mini'
GPT4_MULTIMODEL_LIST = [GPT4_TURBO, GPT4_OMNI, GPT4_OMNI_MINI]
O1_PREVIEW = "o1-preview"
O1_MINI = "o1-mini"
WHISPER_1 = "whisper-1"
TTS_1 = "tts-1"
TTS_1_HD = "tts-1-hd"

# Claude
CLAUDE_SONNET_46 = "claude-sonnet-4-6"
CLAUDE_OPUS_46 = "claude-opus-4-6"
CLAUDE_HAIKU_45 = "claude-haiku-4-5-20251001"
CLAUDE_35_SONNET = "claude-3-5-sonnet-20240620"
CLAUDE_3_HAIKU = "claude-3-haiku-20240307"
CLAUDE_3_SONNET = "claude-3-sonnet-20240229"
CLAUDE_3_OPUS = "claude-3-opus-20240229"
CLAUDE_21 = "claude-2.1"
CLAUDE_20 = "claude-2.0"
CLAUDE_2_LIST = [CLAUDE_20, CLAUDE_21]
CLAUDE_3_LIST = [CLAUDE_3_HAIKU, CLAUDE_3_SONNET, CLAUDE_3_OPUS]
CLAUDE_35_LIST = [CLAUDE_35_SONNET]
CLAUDE_45_LIST = [CLAUDE_HAIKU_45]
CLAUDE_46_LIST = [CLAUDE_SONNET_46, CLAUDE_OPUS_46]
CLAUDE_SDK = CLAUDE_2_LIST + CLAUDE_3_LIST + CLAUDE_35_LIST + CLAUDE_45_LIST + CLAUDE_46_LIST

# Gemini
GEMINI_1_PRO_LATEST_VERSION = "gemini-1.0-pro-latest"
GEMINI_1_LATEST_STABLE_VERSION = "gemini-1.0-pro"
GEMINI_1_STABLE_VERSION = "gemini-1.0-pro-001"
GEMINI_1_PRO_VISION_LATEST = 'gemini-1.0-pro-vision-latest'
GEMINI_1_PRO_VISION_STABLE = 'gemini-1.0-pro-vision'
