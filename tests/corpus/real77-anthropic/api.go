package anthropic

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
	"time"
)

// DefaultApiToken is set to the environment variable ANTHROPIC_API_KEY, if
// it exists. It can be overridden by setting it directly. It is used as the
// default API token for all conversations.
var DefaultApiToken = ""

// DefaultSettings is the default settings for the Conversation. It is used
// as the default settings for all Conversations, and can be overridden by
// setting it directly.
var DefaultSettings = SampleSettings{
	Model:       "claude-3-5-sonnet-20240620",
	Version:     "2023-06-01",
	Beta:        "", // "max-tokens-3-5-sonnet-2024-07-15"
	MaxTokens:   4096,
	Temperature: 0.0,
}

// Anthropic Claude API Messages
// Each input message content may be either a single string or an array of
// content blocks, where each block has a specific type. Using a string
// for content is shorthand for an array of one content block of type "text".
//
// The following input messages are equivalent:
//   {"role": "user", "content": "Hello, Claude"}
//   {"role": "user", "content": [{"type": "text", "text": "Hello, Claude"}]}
//
// We strictly use the content block format for text, as it simplifies the
// serialization and deserialization of messages.

// Message is a single message in a conversation.
type Message struct {
	// Role of the message sender.
	// Possible values are:
	//   "user": The message is from the user.
	//   "assistant": The message is from the assistant.
	Role string `json:"role"`
	// Content is the content of the message, and may be a single string or
	// image, or an array of content blocks.
	Content *[]ContentBlock `json:"content"`
}

// ContentBlock is a single block of content in a message.
type ContentBlock struct {
	// ContentType is the type of the content block.
	// Possible values are:
	//   "text": The content is a string of text.
	//   "image": The content is an image.
	ContentType string `json:"type"`
	// Text is the text content.
	Text *string `json:"text,omitempty"`
	// Source is the source of the content.
	Source *ContentSource `json:"source,omitempty"`
	// tokens is the number of tokens used for the content block, it is an
	// internally used field.
	tokens int
}

// Messages is a sequence of messages in a conversation. It usually always
// a user message first, and alternates between user and assistant messages.
type Messages struct {
	// Model is the model to use for the messages.
	Model string `json:"model"`
	// MaxTokens is the maximum number of tokens to generate.
	MaxTokens int `json:"max_tokens"`
	// Temperature is the temperature to use for sampling. Ranges from 0 to 1.
	Temperature float64 `json:"temperature"`
	// System is the system prompt to use for the conversation.
	System *string `json:"system"`
	// Messages is the sequence of messages in the conversation. They must
	// alternate between user and assistant messages.
	Messages *[]*Message `json:"messages"`
}

// ContentSource is the encoded data for the content block. It is presently
// used for images only.
type ContentSource struct {
	// Encoding type
	// Possible values are:
	//    base64: The content is base64 encoded.
	Encoding string `json:"type"`
	// MediaType type
	// Possible values are:
	//    image/png: The content is a PNG image.
	//    image/jpeg: The content is a JPEG image.
	//    image/gif: The content is a GIF image.
	//    image/webp: The content is a WebP image.
	MediaType string `json:"media_type"`
	// Data is the base64 encoded image data.
	Data string `json:"data"`
}
