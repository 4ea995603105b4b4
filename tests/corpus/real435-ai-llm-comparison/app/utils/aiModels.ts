import { AIModels } from '../types';

export const parameterNames: { [key: string]: string } = {
      max_tokens: "Max Tokens",
      max_input_tokens: "Max Input Tokens",
      max_output_tokens: "Max Output Tokens",
      input_cost_per_token: "Input Cost per Token",
      output_cost_per_token: "Output Cost per Token",
      litellm_provider: "Provider",
      mode: "Mode",
      supports_function_calling: "Supports Function Calling",
      supports_parallel_function_calling: "Supports Parallel Function Calling",
      supports_vision: "Supports Vision",
      supports_system_messages: "Supports System Messages",
      supports_tool_choice: "Supports Tool Choice",
      supports_response_schema: "Supports Response Schema",
      supports_assistant_prefill: "Supports Assistant Prefill",
      tool_use_system_prompt_tokens: "Tool Use System Prompt Tokens",
      input_cost_per_token_above_128k_tokens: "Input Cost per Token (>128k)",
      output_cost_per_token_above_128k_tokens: "Output Cost per Token (>128k)",
      cache_creation_input_token_cost: "Cache Creation Input Token Cost",
      cache_read_input_token_cost: "Cache Read Input Token Cost",
      output_vector_size: "Output Vector Size",
      input_cost_per_pixel: "Input Cost per Pixel",
      output_cost_per_pixel: "Output Cost per Pixel",
      cost_per_image: "Cost per Image",
      input_cost_per_second: "Input Cost per Second",
      output_cost_per_second: "Output Cost per Second",
      input_cost_per_character: "Input Cost per Character",
      output_cost_per_character: "Output Cost per Character",
      input_cost_per_image: "Input Cost per Image",
      input_cost_per_video_per_second: "Input Cost per Video Second",
      input_cost_per_request: "Input Cost per Request",
      input_dbu_cost_per_token: "Input DBU Cost per Token",
      output_dbu_cost_per_token: "Output DBU Cost per Token"
    };

export const aiModels: AIModels = {
  "chat": [
    {
      "name": "gpt-4",
      "provider": "openai",
      "logo": "/logos/openai.svg",
      "sample_spec": {
        "max_tokens": 4096,
        "max_input_tokens": 8192,
        "max_output_tokens": 4096,
        "input_cost_per_token": "0.00003",
        "output_cost_per_token": "0.00006",
        "litellm_provider": "openai",
        "mode": "chat",
        "supports_function_calling": true,
        "supports_parallel_function_calling": false,
        "supports_vision": false
      }
    },
    {
      "name": "gpt-4.1",
      "provider": "openai",
      "logo": "/logos/openai.svg",
      "sample_spec": {
        "max_tokens": 32768,
        "max_input_tokens": 1047576,
        "max_output_tokens": 32768,
        "input_cost_per_token": "0.000002",
        "output_cost_per_token": "0.000008",
        "litellm_provider": "openai",
        "mode": "chat",
        "supports_function_calling": true,
        "supports_parallel_function_calling": true,
        "supports_vision": true
      }
    },
    {
      "name": "gpt-4.1-2025-04-14",
      "provider": "openai",
      "logo": "/logos/openai.svg",
      "sample_spec": {
        "max_tokens": 32768,
        "max_input_tokens": 1047576,
        "max_output_tokens": 32768,
        "input_cost_per_token": "0.000002",
        "output_cost_per_token": "0.000008",
        "litellm_provider": "openai",
        "mode": "chat",
        "supports_function_calling": true,
        "supports_parallel_function_calling": true,
        "supports_vision": true
      }
    },
    {
      "name": "gpt-4.1-mini",
      "provider": "openai",
      "logo": "/logos/openai.svg",
      "sample_spec": {
        "max_tokens": 32768,
        "max_input_tokens": 1047576,
        "max_output_tokens": 32768,
        "input_cost_per_token": "0.0000004",
        "output_cost_per_token": "0.0000016",
        "litellm_provider": "openai",
        "mode": "chat",
        "supports_function_calling": true,
        "supports_parallel_function_calling": true,
        "supports_vision": true
      }
    },
    {
      "name": "gpt-4.1-mini-2025-04-14",
      "provider": "openai",
      "logo": "/logos/openai.svg",
      "sample_spec": {
        "max_tokens": 32768,
        "max_input_tokens": 1047576,
        "max_output_tokens": 32768,
        "input_cost_per_token": "0.0000004",
        "output_cost_per_token": "0.0000016",
        "litellm_provider": "openai",
        "mode": "chat",
        "supports_function_calling": true,
        "supports_parallel_function_calling": true,
        "supports_vision": true
      }
    },
    {
      "name": "gpt-4.1-nano",
      "provider": "openai",
      "logo": "/logos/openai.svg",
      "sample_spec": {
        "max_tokens": 32768,
        "max_input_tokens": 1047576,
        "max_output_tokens": 32768,
        "input_cost_per_token": "0.0000001",
        "output_cost_per_token": "0.0000004",
        "litellm_provider": "openai",
        "mode": "chat",
        "supports_function_calling": true,
        "supports_parallel_function_calling": true,
        "supports_vision": true
      }
    },
    {
      "name": "gpt-4.1-nano-2025-04-14",
      "provider": "openai",
      "logo": "/logos/openai.svg",
      "sample_spec": {
        "max_tokens": 32768,
        "max_input_tokens": 1047576,
        "max_output_tokens": 32768,
        "input_cost_per_token": "0.0000001",
        "output_cost_per_token": "0.0000004",
        "litellm_provider": "openai",
        "mode": "chat",
        "supports_function_calling": true,
        "supports_parallel_function_calling": true,
        "supports_vision": true
      }
    },
    {
      "name": "gpt-4o",
      "provider": "openai",
      "logo": "/logos/openai.svg",
      "sample_spec": {
        "max_tokens": 16384,
        "max_input_tokens": 128000,
        "max_output_tokens": 16384,
        "input_cost_per_token": "0.0000025",
        "output_cost_per_token": "0.00001",
        "litellm_provider": "openai",
        "mode": "chat",
        "supports_function_calling": true,
        "supports_parallel_function_calling": true,
        "supports_vision": true
      }
    },
    {
      "name": "watsonx/ibm/granite-3-8b-instruct",
      "provider": "watsonx",
      "logo": "/placeholder.svg?height=30&width=30",
      "sample_spec": {
        "max_tokens": 8192,
        "max_input_tokens": 8192,
        "max_output_tokens": 1024,
        "input_cost_per_token": "0.0002",
        "output_cost_per_token": "0.0002",
        "litellm_provider": "watsonx",
        "mode": "chat",
        "supports_function_calling": true,
        "supports_parallel_function_calling": false,
        "supports_vision": false
      }
    },
    {
      "name": "watsonx/mistralai/mistral-large",
      "provider": "watsonx",
      "logo": "/placeholder.svg?height=30&width=30",
      "sample_spec": {
        "max_tokens": 131072,
        "max_input_tokens": 131072,
        "max_output_tokens": 16384,
        "input_cost_per_token": "0.000003",
        "output_cost_per_token": "0.00001",
        "litellm_provider": "watsonx",
        "mode": "chat",
        "supports_function_calling": true,
        "supports_parallel_function_calling": false,
        "supports_vision": false
      }
    },
