package main

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/url"
	"os"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/jackc/pgx/v5"
	got "github.com/joho/godotenv"
	"github.com/ollama/ollama/api"
	"github.com/pgvector/pgvector-go"
)

type Session struct {
	Messages    []api.Message
	TitleFilter string
}

var sessions = make(map[string]*Session)

func ollamaClient() (*api.Client, error) {
	ollamaHost := os.Getenv("OLLAMA_HOST")
	if ollamaHost == "" {
		ollamaHost = "localhost" // fallback to localhost if not set
	}
	ollamaURL, err := url.Parse(fmt.Sprintf("http://%s:11434", ollamaHost))
	if err != nil {
		return nil, err
	}
	return api.NewClient(ollamaURL, http.DefaultClient), nil
}

func generateEmbedding(input string) ([]float32, error) {
	client, err := ollamaClient()
	if err != nil {
		return nil, err
	}
	req := &api.EmbedRequest{
		Model: "llama3.1", // Ensure this is an embedding-capable model
		Input: input,
	}
	resp, err := client.Embed(context.Background(), req)
	if err != nil {
		return nil, err
	}
	return resp.Embeddings[0], nil
}

func insertItem(conn *pgx.Conn, title string, docText string, embedding []float32) error {
	_, err := conn.Exec(context.Background(),
		"INSERT INTO items (title, doc, embedding) VALUES ($1, $2, $3)",
		title, title+" "+docText, pgvector.NewVector(embedding))
	return err
}

func queryEmbeddings(conn *pgx.Conn, query string, session *Session, c *gin.Context) error {
	queryEmbedding, err := generateEmbedding(query)
	if err != nil {
		return err
	}
	sqlQuery := "SELECT doc FROM items ORDER BY embedding <-> $1 LIMIT 5"
	rows, err := conn.Query(context.Background(), sqlQuery, pgvector.NewVector(queryEmbedding))
	if err != nil {
		return err
	}
	defer rows.Close()
	var docs []string
	for rows.Next() {
		var doc string
		if err := rows.Scan(&doc); err != nil {
			return err
		}
		docs = append(docs, doc)
	}

	client, err := ollamaClient()
	if err != nil {
		return err
	}
	session.Messages = append(session.Messages, api.Message{Role: "user", Content: query})
	messages := []api.Message{
		{Role: "system", Content: "You are an assistant that answers questions based on the given context."},
		{Role: "user", Content: "Here's the context:\n" + strings.Join(docs, "\n\n")},
	}
	messages = append(messages, session.Messages...)

	req := &api.ChatRequest{
		Model:    "llama3.1",
		Messages: messages,
		Stream:   new(bool),
	}
	*req.Stream = true

	return client.Chat(context.Background(), req, func(resp api.ChatResponse) error {
		if resp.Message.Content != "" {
			c.SSEvent("message", resp.Message.Content)
			c.Writer.Flush()
		}
		return nil
	})
}

func generateImageSummary(imagePath string) (string, error) {
	imageData, err := os.ReadFile(imagePath)
	if err != nil {
		return "", fmt.Errorf("failed to read image file: %w", err)
	}
	payload := map[string]interface{}{
		"model":  "llava",
		"prompt": "Describe this image in detail:",
		"images": []string{base64.StdEncoding.EncodeToString(imageData)},
		"stream": true,
	}
	jsonPayload, _ := json.Marshal(payload)

	ollamaHost := os.Getenv("OLLAMA_HOST")
	if ollamaHost == "" {
		ollamaHost = "localhost"
	}
	resp, err := http.Post(fmt.Sprintf("http://%s:11434/api/generate", ollamaHost), "application/json", bytes.NewBuffer(jsonPayload))
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()

	var summary strings.Builder
	decoder := json.NewDecoder(resp.Body)
	for {
		var result struct {
			Response string `json:"response"`
			Done     bool   `json:"done"`
		}
		if err := decoder.Decode(&result); err != nil {
			if err == io.EOF {
				break
			}
			return "", err
		}
		summary.WriteString(result.Response)
		if result.Done {
			break
		}
	}
	return summary.String(), nil
}

func main() {
	got.Load()
	conn, err := pgx.Connect(context.Background(), os.Getenv("DB_URL"))
	if err != nil {
		log.Fatal("Unable to connect to database:", err)
	}
	defer conn.Close(context.Background())

	r := gin.Default()
	r.POST("/add_document", func(c *gin.Context) {
		var request struct {
			Title   string `json:"title"`
			DocText string `json:"doc_text"`
		}
		if err := c.BindJSON(&request); err != nil {
			c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
			return
		}
		embedding, err := generateEmbedding(request.DocText)
		if err == nil {
			err = insertItem(conn, request.Title, request.DocText, embedding)
		}
		if err != nil {
			c.JSON(http.StatusInternalServerError, gin.H{"error": err.Error()})
			return
		}
		c.JSON(http.StatusOK, gin.H{"message": "stored"})
	})
	r.POST("/query", func(c *gin.Context) {
		var request struct {
			Query     string `json:"query"`
			SessionID string `json:"sessionId"`
		}
		if err := c.BindJSON(&request); err != nil {
			c.JSON(http.StatusBadRequest, gin.H{"error": err.Error()})
			return
		}
		session, ok := sessions[request.SessionID]
		if !ok {
			session = &Session{}
			sessions[request.SessionID] = session
		}
		c.Header("Content-Type", "text/event-stream")
		if err := queryEmbeddings(conn, request.Query, session, c); err != nil {
			c.SSEvent("error", err.Error())
		}
		c.SSEvent("done", "")
	})
	r.GET("/", func(c *gin.Context) { c.File("index.html") })
	r.GET("/docmanager", func(c *gin.Context) { c.File("docmanager.html") })
	r.Run(":8080")
}
