package llm

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"github.com/google/generative-ai-go/genai"
	"google.golang.org/api/option"
)

// GoogleProvider implements the Provider interface for the Gemini API
type GoogleProvider struct {
	apiKey string
	client *genai.Client
}

// NewGoogleProvider creates a new Google provider
func NewGoogleProvider(apiKey string, _ *http.Client) *GoogleProvider {
	client, err := genai.NewClient(context.Background(), option.WithAPIKey(apiKey))
	if err != nil {
		return &GoogleProvider{apiKey: apiKey}
	}
	return &GoogleProvider{apiKey: apiKey, client: client}
}

// Query implements the Provider interface
func (p *GoogleProvider) Query(ctx context.Context, prompt string, options ...Option) (string, error) {
	if p.client == nil {
		return "", errors.New("Google client not initialized")
	}
	opts := &RequestOptions{MaxTokens: 1024, Temperature: 0.7}
	for _, option := range options {
		option(opts)
	}
	if opts.Model == "" {
		return "", errors.New("model is required for Google provider")
	}

	model := p.client.GenerativeModel(opts.Model)
	model.SetTemperature(float32(opts.Temperature))
	model.SetMaxOutputTokens(int32(opts.MaxTokens))

	if system, ok := opts.CustomParams["system"].(string); ok && system != "" {
		model.SystemInstruction = &genai.Content{
			Parts: []genai.Part{genai.Text(system)},
			Role:  "system",
		}
	}

	resp, err := model.GenerateContent(ctx, genai.Text(prompt))
	if err != nil {
		return "", fmt.Errorf("error generating content: %w", err)
	}
	if len(resp.Candidates) == 0 || len(resp.Candidates[0].Content.Parts) == 0 {
		return "", errors.New("empty response from Google API")
	}
	text, ok := resp.Candidates[0].Content.Parts[0].(genai.Text)
	if !ok {
		return "", errors.New("unexpected response type from Google API")
	}
	return string(text), nil
}
