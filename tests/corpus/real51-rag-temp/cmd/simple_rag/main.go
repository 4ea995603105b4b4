package main

import (
	"context"
	"fmt"
	"log"
	"ragchat/internal/chunks"

	"github.com/jackc/pgx/v5"
	"github.com/pgvector/pgvector-go"
	pgxvec "github.com/pgvector/pgvector-go/pgx"
	"github.com/tmc/langchaingo/embeddings"
	"github.com/tmc/langchaingo/llms"
	"github.com/tmc/langchaingo/llms/ollama"
)

const question = "What are the generally agreed dinosaur characteristics?"

func main() {
	ctx := context.Background()
	llm, err := ollama.New(ollama.WithModel("llama3.2"))
	if err != nil {
		log.Fatal(err)
	}

	embedder, err := embeddings.NewEmbedder(llm)
	if err != nil {
		log.Fatal(err)
	}
	docChunks, err := chunks.NewFromMarkdown("./testfiles/dinosaurs.md", 500, 50)
	if err != nil {
		log.Fatal(err)
	}
	vectors, err := embedder.EmbedDocuments(ctx, docChunks)
	if err != nil {
		log.Fatal(err)
	}

	conn, err := pgx.Connect(ctx, "postgres://ragger:ragger@localhost:5432/rag_retrieval")
	if err != nil {
		log.Fatal(err)
	}
	defer conn.Close(ctx)
	conn.Exec(ctx, "CREATE EXTENSION IF NOT EXISTS vector")
	pgxvec.RegisterTypes(ctx, conn)

	for i, v := range vectors {
		if _, err = conn.Exec(ctx, "INSERT INTO text_embedding (content, embedding) VALUES ($1, $2)", docChunks[i], pgvector.NewVector(v)); err != nil {
			log.Fatal(err)
		}
	}

	q, _ := embedder.EmbedQuery(ctx, question)
	rows, err := conn.Query(ctx, "SELECT content FROM text_embedding ORDER BY embedding <-> $1 LIMIT 5", pgvector.NewVector(q))
	if err != nil {
		log.Fatal(err)
	}
	found, _ := pgx.CollectRows(rows, pgx.RowTo[string])
	var contextText string
	for _, r := range found {
		contextText += r + "\n"
	}

	prompt := fmt.Sprintf("Answer from this context only; say I don't know otherwise.\nContext:\n%v\nQuestion:\n%v", contextText, question)
	completion, err := llms.GenerateFromSinglePrompt(ctx, llm, prompt)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("Response:\n", completion)
}
