// Ollama embeddings through LangChainGo.
package main

import (
	"context"
	"flag"
	"fmt"
	"log"

	"github.com/tmc/langchaingo/llms/ollama"
)

func main() {
	model := flag.String("model", "llama2", "ollama model name")
	flag.Parse()

	llm, err := ollama.New(ollama.WithModel(*model))
	if err != nil {
		log.Fatal(err)
	}

	words := []string{"meteor", "comet", "puppy"}
	vecs, err := llm.CreateEmbedding(context.Background(), words)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d embeddings\n", len(vecs))
	for i, v := range vecs {
		fmt.Printf("%d: len=%d head=%v\n", i, len(v), v[:4])
	}
}
