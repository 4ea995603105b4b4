package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/viper"
	"gopkg.in/telebot.v3"
)

type UserState struct {
	Model        string `json:"model"`
	SystemPrompt string `json:"system_prompt"`
}

// state files live next to the config volume
func statePath(chatID int64) string {
	return "./data/store/user_" + fmt.Sprintf("%d", chatID) + ".json"
}

func loadState(chatID int64) *UserState {
	st := &UserState{Model: viper.GetString("default_model"), SystemPrompt: "You are a helpful assistant."}
	if data, err := os.ReadFile(statePath(chatID)); err == nil {
		json.Unmarshal(data, st)
	}
	return st
}

func main() {
	viper.SetConfigName("config")
	viper.SetConfigType("yaml")
	viper.AddConfigPath(".")
	viper.AddConfigPath("data/config")
	viper.ReadInConfig()
	if viper.GetString("default_model") == "" {
		fmt.Println("default_model is required in config")
		os.Exit(1)
	}
	os.MkdirAll("./data/store", 0755)

	b, err := telebot.NewBot(telebot.Settings{Token: viper.GetString("api_token"), Poller: &telebot.LongPoller{}})
	if err != nil {
		return
	}
	b.Handle("/set", func(c telebot.Context) error {
		parts := strings.Fields(strings.TrimPrefix(c.Message().Text, "/set"))
		if len(parts) < 2 {
			return c.Send("Usage: /set <slot> <model> [system prompt]\nExample: /set 1 llama3\nExample: /set 2 glm-5 You are a coder.")
		}
		st := loadState(c.Chat().ID)
		st.Model = parts[1]
		return c.Send("Saved preset " + parts[0] + ": " + st.Model)
	})
	b.Start()
}
