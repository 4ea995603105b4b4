export const models = {
  "google": [
    "gemini-1.5-pro",
    "gemini-1.5-flash",
    "codechat-bison",
    "code-bison"
  ],
  "groq": [
    "openai/gpt-oss-120b",
    "openai/gpt-oss-20b"
  ],
  "openai": [
    "gpt-4o",
    "gpt-4o-mini",
  ],
  "anthropic": [
    "claude-3.5-sonnet",
    "claude-3.5-haiku"
  ]
}
