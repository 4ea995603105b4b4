// Ollama completion through LangChainGo; the query comes from argv.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"

	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/ollama"
)

func main() {
	model := flag.String("model", "", "ollama model name")
	flag.Parse()

	llm, err := ollama.New(ollama.WithModel(*model))
	if err != nil {
		log.Fatal(err)
	}
	answer, err := llms.GenerateFromSinglePrompt(context.Background(), llm, flag.Args()[0])
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("Response:\n", answer)
}
