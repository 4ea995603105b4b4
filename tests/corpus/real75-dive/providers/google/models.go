package google

const (
	// Gemini 3.1 models (preview)
	ModelGemini31ProPreview       = "gemini-3.1-pro-preview"
	ModelGemini31FlashLitePreview = "gemini-3.1-flash-lite-preview"
	ModelGemini31FlashImagePrev   = "gemini-3.1-flash-image-preview"

	// Gemini 3 models (preview)
	ModelGemini3ProImagePreview = "gemini-3-pro-image-preview"
	ModelGemini3FlashPreview    = "gemini-3-flash-preview"

	// Gemini 2.5 models
	ModelGemini25Pro        = "gemini-2.5-pro"
	ModelGemini25ProLong    = "gemini-2.5-pro-long"
	ModelGemini25Flash      = "gemini-2.5-flash"
	ModelGemini25FlashLite  = "gemini-2.5-flash-lite"
	ModelGemini25FlashImage = "gemini-2.5-flash-image"

	// Gemini 2.0 models (deprecated, shutdown March 31, 2026)
	ModelGemini20Flash = "gemini-2.0-flash"

	// Gemini 1.5 models (deprecated)
	ModelGemini15Pro   = "gemini-1.5-pro"
	ModelGemini15Flash = "gemini-1.5-flash"
)
