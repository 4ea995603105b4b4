extends Node
class_name GroqProvider

## Handles communication with Groq API for cloud-based LLM inference
## Only includes models that support function/tool calling
## Updated: January 2025 - Now with vision support

signal response_updated(token: String)
signal response_finished(full_response: String)
signal request_failed(error: String)

# API Configuration
var api_key: String = ""
var api_endpoint: String = "https://api.groq.com/openai/v1/chat/completions"

# ============ PRODUCTION MODELS (Tool Calling Supported) ============
const PRODUCTION_MODELS: Dictionary = {
	"llama-3.3-70b-versatile": {
		"name": "Llama 3.3 70B Versatile",
		"description": "High quality, 131K context, tool use supported",
		"speed": "280 t/s",
		"category": "production",
		"vision": false
	},
	"llama-3.1-8b-instant": {
		"name": "Llama 3.1 8B Instant", 
		"description": "Very fast, 131K context, tool use supported",
		"speed": "560 t/s",
		"category": "production",
		"vision": false
	},
	"openai/gpt-oss-120b": {
		"name": "GPT-OSS 120B",
		"description": "OpenAI flagship, parallel tool use, reasoning",
		"speed": "500 t/s",
		"category": "production",
		"vision": false
	},
	"openai/gpt-oss-20b": {
		"name": "GPT-OSS 20B",
		"description": "Fast OpenAI model, tool use supported",
		"speed": "1000 t/s",
		"category": "production",
		"vision": false
	},
}

# ============ PREVIEW MODELS (Tool Calling Supported) ============
const PREVIEW_MODELS: Dictionary = {
	"meta-llama/llama-4-maverick-17b-128e-instruct": {
		"name": "Llama 4 Maverick 17B",
		"description": "Llama 4, vision + tool use, 131K context",
		"speed": "600 t/s",
		"category": "preview",
		"vision": true
	},
	"meta-llama/llama-4-scout-17b-16e-instruct": {
		"name": "Llama 4 Scout 17B",
		"description": "Fast Llama 4, vision + tool use",
		"speed": "750 t/s",
		"category": "preview",
		"vision": true
	},
	"qwen/qwen3-32b": {
		"name": "Qwen3 32B",
		"description": "Alibaba Qwen3, tool use, 131K context",
		"speed": "400 t/s",
		"category": "preview",
		"vision": false
	},
	"moonshotai/kimi-k2-instruct-0905": {
		"name": "Kimi K2",
		"description": "Moonshot AI, tool use, 262K context (largest!)",
		"speed": "200 t/s",
		"category": "preview",
		"vision": false
	},
}

# Combined dictionary for easy lookup
var AVAILABLE_MODELS: Dictionary = {}

var current_model: String = "llama-3.1-8b-instant"
