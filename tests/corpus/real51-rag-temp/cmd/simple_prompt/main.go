package main

import (
	"context"
	"fmt"
	"log"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/ollama"
)

func main() {
	llm, err := ollama.New(ollama.WithModel("llama3.2"))
	if err != nil {
		log.Fatal(err)
	}

	query := "How many constellations are recognised today? Name the ten stars closest to Earth."
	completion, err := llms.GenerateFromSinglePrompt(context.Background(), llm, query)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("Response:\n", completion)
}
