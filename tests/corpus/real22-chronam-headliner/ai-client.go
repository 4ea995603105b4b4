package headliner

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
)

//go:embed ai-prompt.txt
var embeddedPrompt string

var modelURL = "http://localhost:8080/v1/chat/completions"

type AIClient struct {
	client *http.Client
}

type AIMessage struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

type AIRequestBody struct {
	Model    string      `json:"model"`
	Messages []AIMessage `json:"messages"`
}

func NewAIClient(ctx context.Context) *AIClient {
	return &AIClient{client: &http.Client{}}
}

func (c *AIClient) ConstructAIRequest() (*http.Request, error) {
	reqBody := AIRequestBody{
		Model: "LLaMA_CPP",
		Messages: []AIMessage{
			{Role: "user", Content: embeddedPrompt},
		},
	}
	jsonData, err := json.Marshal(reqBody)
	if err != nil {
		slog.Error("failed to marshal JSON for AI request", "error", err)
		return nil, fmt.Errorf("marshal JSON: %w", err)
	}
	req, err := http.NewRequest(http.MethodPost, modelURL, bytes.NewBuffer(jsonData))
	if err != nil {
		return nil, fmt.Errorf("create request: %w", err)
	}
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}
