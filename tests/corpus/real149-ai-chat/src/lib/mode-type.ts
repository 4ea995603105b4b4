
export type TBaseModel = "openai" | "anthropic" | "gemini";
export type TModelKey =
    | "gpt-4-turbo"
    | "gpt-3.5-turbo"
    | "gpt-3.5-turbo-davinci"
    | "gpt-3.5-turbo-codex"
    | "gpt-3.5-turbo-babbage"
    | "claude-3-opus-20240229"
    | "claude-3-sonnet-20240229"
    | "claude-3-haiku-20240307"
    | "gemini-pro"
    | "gemini-1.5-flash-latest"
    | "gemini-1.5-pro-latest";
