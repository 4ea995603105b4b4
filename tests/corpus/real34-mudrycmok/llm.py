from llama_cpp import (
    ChatCompletionRequestSystemMessage,
    ChatCompletionRequestUserMessage,
    CreateChatCompletionResponse,
    Llama,
)


def initLLM(model_path: str) -> Llama:
    return Llama(
        model_path=model_path,
        n_gpu_layers=-1,  # Uncomment to use GPU acceleration
        seed=1337,  # Uncomment to set a specific seed
        n_ctx=4096,  # Uncomment to increase the context window
    )


def create_user_message(text: str) -> ChatCompletionRequestUserMessage:
    return ChatCompletionRequestUserMessage(role="user", content=text)


def create_system_message(text: str) -> ChatCompletionRequestSystemMessage:
    return ChatCompletionRequestSystemMessage(role="system", content=text)


def get_response_message_text(completion: CreateChatCompletionResponse) -> str:
    return completion["choices"][0]["message"]["content"]
