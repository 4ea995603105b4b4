import sys

from prompt_toolkit import prompt
from prompt_toolkit.completion import WordCompleter
from termcolor import colored

from .chat import chat_with_ai
from .clients import create_clients
from .config import initialize, load_config, save_config
from .setup import setup
from .utils import count_tokens, print_available_models, stream_with_markdown_chunks


def print_help_menu():
    print(colored("Available commands:", "yellow"))
    print(colored("  'change model' - Switch to a different AI model", "yellow"))
    print(colored("  'token count' - Display token count for the conversation", "yellow"))
    print(colored("  'clear history' - Clear the conversation history", "yellow"))
    print(colored("  'default' - Set a default model", "yellow"))
    print(colored("  'quit' or 'exit' - End the conversation", "yellow"))


def find_provider(models, name):
    for provider, names in models.items():
        if name in names:
            return provider
    return None


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "setup":
        setup()
        return

    clients = create_clients(initialize())
    print(colored("Initialization Successful.", "green"))

    models = {
        "groq": [
            "llama-3.1-70b-versatile",
            "mixtral-8x7b-32768",
            "llama-3.1-8b-instant",
        ],
        "openai": ["gpt-3.5-turbo", "gpt-4", "gpt-4o"],
        "anthropic": [
            "claude-3-5-sonnet-20241022",
            "claude-3-opus-20240229",
            "claude-3-5-haiku-20241022",
        ],
        "cerebras": ["llama3.1-8b", "llama-3.3-70b"],
    }

    print(colored("Welcome to the Multi-Model AI Chat CLI!", "cyan", attrs=["bold"]))
    print_help_menu()
    completer = WordCompleter([m for ms in models.values() for m in ms], ignore_case=True)

    config = load_config()
    provider = config.get("default_provider", "openai")
    model = config.get("default_model", "gpt-4o")
    history = []

    while True:
        user_input = prompt("\nYou: ").strip()
        if user_input.lower() in ["quit", "exit"]:
            break
        if user_input.lower() in ("change model", "default"):
            print_available_models(models)
            new_model = prompt("Model name: ", completer=completer).strip()
            new_provider = find_provider(models, new_model)
            if not new_provider:
                print(colored(f"Model '{new_model}' not found.", "red"))
                continue
            provider, model = new_provider, new_model
            if user_input.lower() == "default":
                save_config({"default_provider": provider, "default_model": model})
            continue
        if user_input.lower() == "token count":
            print(sum(count_tokens(m["content"], model) for m in history))
            continue

        history.append({"role": "user", "content": user_input})
        if provider not in clients:
            print(colored(f"Error: No API key available for {provider}.", "red"))
            continue
        response = chat_with_ai(clients[provider], provider, model, history, stream=True)
        if response:
            print(colored(f"\n{model}:", "green", attrs=["bold"]))
            history.append({"role": "assistant", "content": stream_with_markdown_chunks(response)})


if __name__ == "__main__":
    main()
