"""rouge_corpus helper (placeholder)."""
