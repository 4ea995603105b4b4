package llm

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/henomis/lingoose/llm/anthropic"
	"github.com/henomis/lingoose/llm/ollama"
	"github.com/henomis/lingoose/llm/openai"
	"github.com/henomis/lingoose/thread"

	"github.com/edhuardotierrez/gommit/internal/git"
	"github.com/edhuardotierrez/gommit/internal/types"
)

const (
	systemPrompt = `You write short, meaningful git commit messages.
Use the imperative mood, stay under 150 characters, start with a type (feat, fix, docs, refactor, chore),
never wrap the message in backticks and never explain yourself.`

	// cap per-file diff to keep the prompt small
	maxDiffLength = 1000
)

var Providers = []types.ProviderTypes{
	{Title: "openai", Name: "OpenAI", ConfigVars: map[string]string{"api_key": "OPENAI_API_KEY"}, Required: []string{"api_key"}},
	{Title: "anthropic", Name: "Anthropic", ConfigVars: map[string]string{"api_key": "ANTHROPIC_API_KEY"}, Required: []string{"api_key"}},
	{Title: "ollama", Name: "Ollama", ConfigVars: map[string]string{"uri": "OLLAMA_URI"}, Required: []string{"uri"}},
}

// GetAvailableModels lists the models offered by the setup wizard.
func GetAvailableModels(provider types.ProviderName) []string {
	switch provider {
	case types.ProviderOpenAI:
		return []string{
			"gpt-4o",
			"gpt-4o-mini",
		}
	case types.ProviderAnthropic:
		return []string{
			"claude-3-5-sonnet-latest",
			"claude-3-5-haiku-latest",
			"claude-3-haiku-20240229",
		}
	case types.ProviderOllama:
		return []string{
			"llama3",
			"mistral",
		}
	default:
		return []string{}
	}
}

func truncateDiff(d string) string {
	if len(d) <= maxDiffLength {
		return d
	}
	half := maxDiffLength / 2
	return d[:half] + "\n...[truncated]...\n" + d[len(d)-half:]
}

// GenerateCommitMessage asks the configured provider for a message.
func GenerateCommitMessage(cfg *types.Config, changes []git.StagedChange, provider string, sel types.ProviderConfig) (string, error) {
	var b strings.Builder
	for _, c := range changes {
		fmt.Fprintf(&b, "File: %s (Status: %s)\nDiff:\n%s\n\n", c.Path, c.Status, truncateDiff(c.Diff))
	}
	style := cfg.CommitStyle
	if sel.CommitStyle != "" {
		style = sel.CommitStyle
	}
	t := thread.New().
		AddMessage(thread.NewSystemMessage().AddContent(thread.NewTextContent(systemPrompt))).
		AddMessage(thread.NewUserMessage().AddContent(thread.NewTextContent(
			fmt.Sprintf("Commit message for these changes (style '%s'):\n\n%s", style, b.String()))))

	var err error
	switch types.ProviderName(provider) {
	case types.ProviderOpenAI:
		_ = os.Setenv("OPENAI_API_KEY", sel.APIKey)
		err = openai.New().WithModel(openai.Model(sel.Model)).WithTemperature(float32(sel.Temperature)).Generate(context.Background(), t)
	case types.ProviderAnthropic:
		_ = os.Setenv("ANTHROPIC_API_KEY", sel.APIKey)
		err = anthropic.New().WithModel(sel.Model).WithTemperature(sel.Temperature).Generate(context.Background(), t)
	case types.ProviderOllama:
		err = ollama.New().WithModel(sel.Model).WithTemperature(sel.Temperature).WithEndpoint(sel.URI).Generate(context.Background(), t)
	default:
		return "", fmt.Errorf("unsupported LLM provider: %s", provider)
	}
	if err != nil {
		return "", fmt.Errorf("error generating commit message: %w", err)
	}
	last := t.Messages[len(t.Messages)-1]
	if last == nil || len(last.Contents) == 0 {
		return "", fmt.Errorf("no commit message content found")
	}
	return last.Contents[0].Data.(string), nil
}
