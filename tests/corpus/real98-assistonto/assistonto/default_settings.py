AVAILABLE_MODELS={
    # None value means use OpenAI server, add base URL address to
    # custom server if you have an OpenAI compatible server
    # somewhere else
    "gpt-4o-mini": None,
    "gpt-3.5-turbo": None, # don't use anymore, gpt-4o-mini is cheaper and better
}

DEFAULT_MODEL="gpt-4o-mini"
