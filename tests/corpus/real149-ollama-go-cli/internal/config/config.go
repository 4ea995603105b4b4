package config

import (
	"os"
)

// Config keeps the runtime settings of the chat client
type Config struct {
	OllamaURL string
	Model     string
}

// LoadConfig builds the config from defaults, then environment overrides
func LoadConfig() *Config {
	cfg := &Config{
		OllamaURL: "http://localhost:11434/v1",
		Model:     "llama3:latest",
	}

	if url := os.Getenv("OLLAMA_URL"); url != "" {
		cfg.OllamaURL = url
	}
	if model := os.Getenv("OLLAMA_MODEL"); model != "" {
		cfg.Model = model
	}

	return cfg
}
