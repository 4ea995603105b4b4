package anthropic

const (
	// Claude 3.5 models
	ModelClaude35Haiku  = "claude-3-5-haiku-20241022"
	ModelClaude35Sonnet = "claude-3-5-sonnet-20241022"
	ModelClaude37Sonnet = "claude-3-7-sonnet-20250219"

	// Claude 4 models
	ModelClaudeSonnet4 = "claude-sonnet-4-20250514"
	ModelClaudeOpus4   = "claude-opus-4-20250514"
	ModelClaudeOpus41  = "claude-opus-4-1-20250805"

	// Claude 4.5 models (latest)
	ModelClaudeHaiku45  = "claude-haiku-4-5-20251015"
	ModelClaudeSonnet45 = "claude-sonnet-4-5-20250929"
	ModelClaudeOpus45   = "claude-opus-4-5-20251125"

	// Model aliases (without date suffix)
	ModelClaudeSonnet45Alias = "claude-sonnet-4-5"
	ModelClaudeHaiku45Alias  = "claude-haiku-4-5"
	ModelClaudeOpus45Alias   = "claude-opus-4-5"
)
