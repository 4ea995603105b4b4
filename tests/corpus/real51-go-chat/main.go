package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"go-chat/prompt"
	"log"
	"os"
	"strings"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/ollama"
)

func main() {
	modeFlag := flag.String("mode", "", "Prompt mode: study, exam_prep, focus_mode")
	promptPath := flag.String("config", "prompt/system_prompts.yaml", "Path to the system prompts file")
	modelName := flag.String("model", "tinyllama:latest", "Local model name")
	flag.Parse()

	pm, err := prompt.LoadSystemPrompts(*promptPath)
	if err != nil {
		log.Fatal("could not load system prompts:", err)
	}

	mode := *modeFlag
	if mode == "" {
		mode = pm.Default
	}
	fmt.Printf("Using model: %s, mode: %s\n", *modelName, mode)

	reader := bufio.NewReader(os.Stdin)
	fmt.Print("What's your study goal? ")
	goal, _ := reader.ReadString('\n')
	goal = strings.TrimSpace(goal)

	llm, err := ollama.New(ollama.WithModel(*modelName))
	if err != nil {
		log.Fatal(err)
	}
	ctx := context.Background()

	messages := []llms.MessageContent{
		llms.TextParts(llms.ChatMessageTypeSystem, pm.BuildPrompt(mode, goal)),
		llms.TextParts(llms.ChatMessageTypeHuman, goal),
	}

	for {
		fmt.Print("\nYou: ")
		in, _ := reader.ReadString('\n')
		in = strings.TrimSpace(in)
		if in == "exit" {
			break
		}
		if in == "clear" {
			messages = messages[:1]
			continue
		}
		messages = append(messages, llms.TextParts(llms.ChatMessageTypeHuman, in))
		fmt.Print("AI: ")
		_, err = llm.GenerateContent(ctx, messages, llms.WithStreamingFunc(func(ctx context.Context, chunk []byte) error {
			fmt.Print(string(chunk))
			return nil
		}))
		if err != nil {
			log.Fatal(err)
		}
	}
}
