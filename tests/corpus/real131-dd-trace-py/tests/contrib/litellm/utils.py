def parse_response(resp, is_completion=False):
    output_messages = []
    for choice in resp.choices:
        content = choice.text if is_completion else choice.message.content
        # Extract reasoning_content before the regular message (mirrors openai_set_meta_tags_from_chat)
        if not is_completion:
            reasoning_content = getattr(choice.message, "reasoning_content", None)
            if reasoning_content:
                output_messages.append({"content": str(reasoning_content), "role": "reasoning"})
        message = {"content": content or ""}
        if choice.get("role", None) or choice.get("message", {}).get("role", None):
            message["role"] = choice["role"] if is_completion else choice["message"]["role"]
        tool_calls = choice.get("message", {}).get("tool_calls", [])
        if tool_calls:
            message["tool_calls"] = []
            for tool_call in tool_calls:
                message["tool_calls"].append(
                    {
                        "name": tool_call["function"]["name"],
                        "arguments": json.loads(tool_call["function"]["arguments"]),
                        "tool_id": tool_call["id"],
                        "type": tool_call["type"],
                    }
                )
        output_messages.append(message)
    token_metrics = {
        "input_tokens": resp.usage.prompt_tokens,
        "output_tokens": resp.usage.completion_tokens,
        "total_tokens": resp.usage.total_tokens,
    }
    prompt_tokens_details = getattr(resp.usage, "prompt_tokens_details", None)
    if prompt_tokens_details is not None:
        cached_tokens = getattr(prompt_tokens_details, "cached_tokens", None)
        if cached_tokens:
            token_metrics["cache_read_input_tokens"] = cached_tokens
        cache_creation_tokens = getattr(prompt_tokens_details, "cache_creation_tokens", None)
        if cache_creation_tokens:
            token_metrics["cache_write_input_tokens"] = cache_creation_tokens
    if "cache_write_input_tokens" not in token_metrics:
        cache_creation_input_tokens = getattr(resp.usage, "cache_creation_input_tokens", None)
        if cache_creation_input_tokens:
            token_metrics["cache_write_input_tokens"] = cache_creation_input_tokens
    completion_tokens_details = getattr(resp.usage, "completion_tokens_details", None)
    if completion_tokens_details:
        reasoning_tokens = getattr(completion_tokens_details, "reasoning_tokens", None)
        if reasoning_tokens is not None:
            token_metrics["reasoning_output_tokens"] = reasoning_tokens
    return output_messages, token_metrics


model_list = [
    {
        "model_name": "gpt-3.5-turbo",
        "litellm_params": {
            "model": "gpt-3.5-turbo",
            "api_key": "<not-a-real-key>",
        },
    },
    {
        "model_name": "gpt-4",
        "litellm_params": {
            "model": "gpt-4",
            "api_key": "<not-a-real-key>",
        },
    },
]

tools = [
    {
        "type": "function",
        "function": {
            "name": "get_current_weather",
            "description": "Get the current weather in a given location",
            "parameters": {
                "type": "object",
                "properties": {
                    "location": {
                        "type": "string",
                        "description": "The city and state, e.g. San Francisco, CA",
                    },
                    "unit": {"type": "string", "enum": ["celsius", "fahrenheit"]},
                },
                "required": ["location"],
            },
        },
    }
]

# model_list with aliases that differ from the underlying litellm model.
# Reproduces the bug where Router aliases cause _model_map lookup misses.
aliased_model_list = [
    {
        "model_name": "my-gpt",
        "litellm_params": {
            "model": "gpt-3.5-turbo",
            "api_key": "<not-a-real-key>",
        },
    },
]

expected_aliased_router_settings = {
    "router_general_settings": RouterGeneralSettings(async_only_mode=False, pass_through_all_models=False),
    "routing_strategy": "simple-shuffle",
    "routing_strategy_args": {},
    "provider_budget_config": None,
    "retry_policy": None,
    "enable_tag_filtering": False,
    "model_list": [
        {
            "model_name": "my-gpt",
            "litellm_params": {
                "model": "gpt-3.5-turbo",
            },
        },
    ],
}

expected_router_settings = {
    "router_general_settings": RouterGeneralSettings(async_only_mode=False, pass_through_all_models=False),
    "routing_strategy": "simple-shuffle",
    "routing_strategy_args": {},
    "provider_budget_config": None,
    "retry_policy": None,
    "enable_tag_filtering": False,
    "model_list": [
        {
            "model_name": "gpt-3.5-turbo",
            "litellm_params": {
                "model": "gpt-3.5-turbo",
            },
        },
        {
            "model_name": "gpt-4",
            "litellm_params": {
                "model": "gpt-4",
            },
        },
    ],
}
