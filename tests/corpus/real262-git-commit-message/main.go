// main.go
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"

	"gopkg.in/yaml.v3"
)

// Config struct mirrors the structure of our config.yaml file.
type Config struct {
	OllamaURL   string  `yaml:"ollama_url"`
	Model       string  `yaml:"model"`
	Temperature float64 `yaml:"temperature"`
}

// OllamaRequest defines the structure for the JSON payload sent to Ollama.
type OllamaRequest struct {
	Model   string `json:"model"`
	Prompt  string `json:"prompt"`
	Stream  bool   `json:"stream"`
	Options struct {
		Temperature float64 `json:"temperature"`
	} `json:"options"`
}

// OllamaResponse defines the structure to decode the JSON response from Ollama.
type OllamaResponse struct {
	Response string `json:"response"`
}

// loadConfig reads and parses the configuration from the YAML file.
func loadConfig() (*Config, error) {
	homeDir, err := os.UserHomeDir()
	if err != nil {
		return nil, fmt.Errorf("could not get user home directory: %w", err)
	}

	configPath := filepath.Join(homeDir, ".config", "git_commit_message", "config.yaml")

	configFile, err := os.ReadFile(configPath)
	if err != nil {
		return nil, fmt.Errorf("could not read config file at %s: %w", configPath, err)
	}

	var config Config
	if err := yaml.Unmarshal(configFile, &config); err != nil {
		return nil, fmt.Errorf("could not parse yaml config: %w", err)
	}

	return &config, nil
}
