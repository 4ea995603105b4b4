# 
extern "llm" [
	--version					# Show version info
	--model(-m)					# Model to use
	--model(-m)					# Model to use
	--model(-m)					# Model to use
	--format(-f)					# Output format
	--format					# Format of input (default: auto-detected)
	--binary					# Treat input as binary
	--model(-m)					# Embedding model to use
	--store					# Store the text itself in the db
	--database(-d)					# Path to db to use
	...args
]