# config loader lives here (placeholder)
