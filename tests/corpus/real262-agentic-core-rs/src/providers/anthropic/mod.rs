pub mod completion;
pub mod response;
pub mod request;



pub const LLM: &str = "Anthropic";
pub const MODEL_CLAUDE_SONNET_4_5: &str = "claude-sonnet-4-5";
const ANTHROPIC_BASE_URL: &str = "https://api.anthropic.com";
const ANTHROPIC_VERSION: &str = "2023-06-01";