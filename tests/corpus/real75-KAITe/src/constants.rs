pub const HAIKU: &str = "claude-3-haiku-20240307";
pub const SONNET: &str = "claude-3-sonnet-20240229";
pub const OPUS: &str = "claude-3-opus-20240229";

pub const MODELS: [&'static str; 3] = [HAIKU, SONNET, OPUS];

pub const ANTHROPIC_VERSION: &str = "2023-06-01";
